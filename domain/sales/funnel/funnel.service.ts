import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import { getVersion, ProcessDefinitionSchema, ProcessEventSchema, ProcessInstanceSchema, type CompiledProcess } from '../../processes/index.ts';
import { DealSchema, type Deal } from '../deals/deal.entity.ts';
import { dealsInReach } from '../deals/deals.service.ts';
import { stageOrder } from '../deals/moves.ts';
import { funnelByStage, lostAnalysis, type FunnelDeal } from './funnel.ts';
import { stageVisits } from './visits.ts';
import { calibration, estimate, forecast } from './win-probability.ts';

export interface FunnelQuery {
  processKey: string;
  processVersion?: number;
  from?: string;
  to?: string;
  manager?: number;
  team?: number;
  source?: string;
}

type Loaded = FunnelDeal & { lostReason: string | null; competitors: string[]; closedAt: number | null };

/**
 * The sales funnel of one process for the deals in the asker's reach (sliced by period,
 * version, manager, team, source), win probabilities of its open deals estimated from all
 * closed deals of the process, a forecast, a calibration table and the lost-deal analysis.
 */
export async function salesFunnel(em: EntityManager, access: Access, q: FunnelQuery, now = Date.now()) {
  const definition = await em.findOne(ProcessDefinitionSchema, { key: q.processKey });
  if (!definition) throw new DomainError('process.not_found', `No process with key "${q.processKey}"`, 422, ['query.process']);
  const graphs = new Map<number, CompiledProcess>();
  const graphOf = async (n: number) => graphs.get(n) ?? graphs.set(n, (await getVersion(em, q.processKey, n, 'graph')).graph).get(n)!;
  const main = await graphOf(q.processVersion ?? definition.activeVersion ?? definition.latestVersion);
  const order = stageOrder(main);
  const final = new Set(Object.values(main.nodes).flatMap((n) => (n.type === 'endEvent' && n.stage ? [n.stage.name] : [])));

  const history = await load(em, await em.find(DealSchema, { processKey: q.processKey, workflowId: { $ne: null } }), q.processVersion, graphOf);
  const qb = dealsInReach(em, access).andWhere({ processKey: q.processKey });
  if (q.manager) qb.andWhere({ responsibleId: q.manager });
  if (q.team) qb.andWhere({ teamId: q.team });
  if (q.source) qb.andWhere({ source: q.source });
  const inSlice = new Set((await qb.select('d.id').execute<{ id: number }[]>('all')).map((r) => r.id));
  const slice = history.filter((d) => inSlice.has(d.id));

  const period = { from: q.from ? Date.parse(q.from) : null, to: q.to ? Date.parse(q.to) : null };
  const closed = history.filter((d) => d.status !== 'open');
  const probabilityOf = new Map(Object.values(main.nodes).flatMap((n) => (n.stage?.winProbability !== undefined ? [[n.stage.name, n.stage.winProbability] as const] : [])));
  const estimates = slice.filter((d) => d.status === 'open' && d.stage).map((d) => estimate(d, closed, now, (s) => probabilityOf.get(s)));
  const lostInPeriod = slice.filter((d) => d.closedAt !== null && (period.from === null || d.closedAt >= period.from) && (period.to === null || d.closedAt < period.to));
  return {
    process: { key: q.processKey, version: q.processVersion ?? null, stages: order },
    stages: funnelByStage(slice, order, final, period),
    openDeals: estimates,
    forecast: forecast(estimates),
    history: { closedDeals: closed.length, won: closed.filter((d) => d.status === 'won').length },
    calibration: calibration(closed, final),
    lost: lostAnalysis(lostInPeriod, final),
  };
}

/** Deals with their stage visits from the process log (only instances of the version, if given). */
async function load(em: EntityManager, deals: Deal[], version: number | undefined, graphOf: (n: number) => Promise<CompiledProcess>): Promise<Loaded[]> {
  const ids = deals.map((d) => d.workflowId!);
  const instances = new Map((await em.find(ProcessInstanceSchema, { workflowId: { $in: ids }, ...(version ? { versionNumber: version } : {}) })).map((i) => [i.workflowId, i]));
  const entries = new Map<string, { nodeId: string; at: number }[]>();
  const events = await em.find(ProcessEventSchema, { workflowId: { $in: [...instances.keys()] }, type: 'node_entered' }, { orderBy: { occurredAt: 'asc', id: 'asc' }, fields: ['workflowId', 'nodeId', 'occurredAt'] });
  for (const e of events) {
    const list = entries.get(e.workflowId) ?? [];
    list.push({ nodeId: e.nodeId!, at: new Date(e.occurredAt).getTime() });
    entries.set(e.workflowId, list);
  }
  const loaded: Loaded[] = [];
  for (const d of deals) {
    const instance = instances.get(d.workflowId!);
    if (!instance) continue;
    const graph = await graphOf(instance.versionNumber);
    const ended = instance.endedAt ? new Date(instance.endedAt).getTime() : null;
    loaded.push({
      id: d.id, amount: Number(d.amount), currency: d.currency, status: d.status, stage: d.stage ?? null,
      visits: stageVisits(entries.get(d.workflowId!) ?? [], (n) => graph.nodes[n]?.stage?.name, ended),
      lostReason: d.lostReason ?? null, competitors: d.competitors, closedAt: d.closedAt ? new Date(d.closedAt).getTime() : null,
    });
  }
  return loaded;
}
