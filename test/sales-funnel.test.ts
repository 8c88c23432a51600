import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamSchema, UserSchema } from '../domain/access/index.ts';
import { CounterpartySchema } from '../domain/clients/index.ts';
import { ProcessDefinitionSchema, ProcessEventSchema, ProcessInstanceSchema } from '../domain/processes/index.ts';
import { DealSchema } from '../domain/sales/index.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

/**
 * A generated history of the simple pipeline: deals walk New → Qualified → Proposal →
 * Negotiation → Won, some go back a stage, some are lost on the way. Their process log is
 * written as the engine writes it; the expected figures are computed here from the generated
 * paths, not from the log.
 */
let stack: Stack;
let analyst: { token: string; id: number };
let anna: { token: string; id: number };
let boris: { token: string; id: number };

const H = 3_600_000;
const base = Date.parse('2026-10-01T00:00:00Z');
const order = ['New', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'];
const node: Record<string, string> = { New: 'at_new', Qualified: 'at_qualified', Proposal: 'at_proposal', Negotiation: 'at_negotiation', Won: 'end_won', Lost: 'end_lost' };
const reasons = ['Price', 'Timing', 'No budget'];
const rivals = ['OvenCo', 'BakeMax'];

interface Visit { stage: string; enteredAt: number; leftAt: number | null }
interface Gen { id?: number; owner: number; amount: number; currency: string; status: 'open' | 'won' | 'lost'; visits: Visit[]; lostReason: string | null; competitors: string[]; source: string }

let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

function generate(i: number, owner: number): Gen {
  const visits: Visit[] = [];
  let t = base + i * 6 * H;
  let k = 0;
  let wentBack = false;
  const lose = [0.25, 0.2, 0.2, 0.3];
  for (;;) {
    const stage = order[k]!;
    const stay = (1 + Math.floor(rnd() * 120)) * H;
    visits.push({ stage, enteredAt: t, leftAt: t + stay });
    t += stay;
    if (rnd() < lose[k]!) {
      visits.push({ stage: 'Lost', enteredAt: t, leftAt: t });
      return { owner, amount: 10_000 * (1 + Math.floor(rnd() * 50)), currency: 'UAH', status: 'lost', visits, lostReason: reasons[i % 3]!, competitors: i % 2 ? [rivals[i % 4 === 1 ? 0 : 1]!] : [], source: i % 3 ? 'ads' : 'fair' };
    }
    if (k === 3) {
      visits.push({ stage: 'Won', enteredAt: t, leftAt: t });
      return { owner, amount: 10_000 * (1 + Math.floor(rnd() * 50)), currency: 'UAH', status: 'won', visits, lostReason: null, competitors: [], source: i % 3 ? 'ads' : 'fair' };
    }
    if (k === 2 && !wentBack && rnd() < 0.2) {
      wentBack = true;
      k = 1;
    } else k++;
  }
}

const now = Date.now();
function open(owner: number, stage: string, hoursAgo: number, amount: number, before: string[]): Gen {
  const enteredAt = now - hoursAgo * H;
  const visits = before.map((s, j) => ({ stage: s, enteredAt: enteredAt - (before.length - j) * 24 * H, leftAt: enteredAt - (before.length - j - 1) * 24 * H }));
  return { owner, amount, currency: 'UAH', status: 'open', visits: [...visits, { stage, enteredAt, leftAt: null }], lostReason: null, competitors: [], source: 'ads' };
}

let deals: Gen[] = [];
let version = 1;

async function store(d: Gen, counterpartyId: number, teamOf: Map<number, number | null>): Promise<void> {
  const em = stack.orm.em.fork();
  const workflowId = `history-${randomUUID()}`;
  const last = d.visits.at(-1)!;
  const closedAt = d.status === 'open' ? null : new Date(last.enteredAt);
  const deal = em.create(DealSchema, {
    title: 'Generated', counterpartyId, contacts: [], amount: d.amount, currency: d.currency, products: [], expectedCloseDate: null, responsibleId: d.owner, teamId: teamOf.get(d.owner) ?? null,
    competitors: d.competitors, lostReason: d.lostReason, source: d.source, leadId: null, processKey: 'sales-pipeline', workflowId, stage: last.stage, status: d.status,
    closedAt, creationKey: null, createdBy: d.owner,
  });
  await em.flush();
  d.id = deal.id;
  const started = d.visits[0]!.enteredAt - 1000;
  em.create(ProcessInstanceSchema, {
    workflowId, definitionKey: 'sales-pipeline', versionNumber: version, recordType: 'deal', recordId: String(deal.id), status: d.status === 'open' ? 'active' : 'completed',
    currentNodes: d.status === 'open' ? [node[last.stage]!] : [], stage: last.stage, variables: {}, startedBy: d.owner, startedAt: new Date(started), endedAt: closedAt, parentWorkflowId: null,
  });
  let seq = 0;
  const event = (nodeId: string, at: number) =>
    em.create(ProcessEventSchema, { dedupeKey: `${workflowId}:${++seq}`, workflowId, definitionKey: 'sales-pipeline', versionNumber: version, type: 'node_entered', nodeId, nodeType: 'x', occurredAt: new Date(at) });
  event('start', started);
  d.visits.forEach((v, j) => {
    // The catch event of the move is entered first: a node without a stage changes nothing.
    if (j > 0) event(`${d.visits[j - 1]!.stage.toLowerCase()}_to_${v.stage.toLowerCase()}`, v.enteredAt);
    event(node[v.stage]!, v.enteredAt);
  });
  await em.flush();
}

beforeAll(async () => {
  stack = await startStack();
  analyst = await userWithRoles(stack, ['analyst']);
  anna = await userWithRoles(stack, ['sales_manager']);
  boris = await userWithRoles(stack, ['sales_manager']);
  const em = stack.orm.em.fork();
  version = (await em.findOneOrFail(ProcessDefinitionSchema, { key: 'sales-pipeline' })).activeVersion!;
  const team = em.create(TeamSchema, { name: 'Bakeries', headId: null });
  await em.flush();
  await em.nativeUpdate(UserSchema, { id: anna.id }, { teamId: team.id });
  const client = em.create(CounterpartySchema, { kind: 'company', name: 'History', relationships: ['client'], registrationIds: [], addresses: [], phones: [], emails: [], messengers: [], tags: [] });
  await em.flush();
  deals = Array.from({ length: 60 }, (_, i) => generate(i, i % 3 ? anna.id : boris.id));
  deals.push(open(anna.id, 'Proposal', 50, 300_000, ['New', 'Qualified']), open(anna.id, 'Negotiation', 10, 500_000, ['New', 'Qualified', 'Proposal']), open(boris.id, 'New', 200, 70_000, []));
  const teamOf = new Map([[anna.id, team.id], [boris.id, null]]);
  for (const d of deals) await store(d, client.id, teamOf);
});
afterAll(async () => {
  await stack?.stop();
});

// ---- the expected figures, from the generated paths
const inPeriod = (at: number, from: number | null, to: number | null) => (from === null || at >= from) && (to === null || at < to);
const timeIn = (d: Gen, stage: string) => d.visits.filter((v) => v.stage === stage).reduce((s, v) => s + ((v.leftAt ?? now) - v.enteredAt), 0);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const mid = (xs: number[]) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function expectedStages(set: Gen[], from: number | null, to: number | null) {
  return order.map((stage, k) => {
    const later = order.slice(k + 1).filter((s) => s !== 'Lost');
    const entering = set.filter((d) => d.visits.some((v) => v.stage === stage && inPeriod(v.enteredAt, from, to)));
    const converted = entering.filter((d) => {
      const first = d.visits.find((v) => v.stage === stage && inPeriod(v.enteredAt, from, to))!;
      return d.visits.some((v) => later.includes(v.stage) && v.enteredAt >= first.enteredAt);
    });
    const final = stage === 'Won' || stage === 'Lost';
    const times = final ? [] : set.flatMap((d) => d.visits.filter((v) => v.stage === stage && v.leftAt !== null && inPeriod(v.enteredAt, from, to)).map((v) => v.leftAt! - v.enteredAt));
    const openHere = set.filter((d) => d.status === 'open' && d.visits.at(-1)!.stage === stage);
    const sum = (xs: Gen[]) => (xs.length ? { UAH: xs.reduce((a, d) => a + d.amount, 0) } : {});
    return {
      stage, entered: entering.length, enteredAmount: sum(entering), conversionToNext: final || !entering.length ? null : converted.length / entering.length,
      avgTimeMs: mean(times), medianTimeMs: mid(times), timedStays: times.length, openDeals: openHere.length, openAmount: sum(openHere),
    };
  });
}

function expectedProbability(d: Gen) {
  const closed = deals.filter((c) => c.status !== 'open');
  const stage = d.visits.at(-1)!.stage;
  const t = timeIn(d, stage);
  const reached = closed.filter((c) => c.visits.some((v) => v.stage === stage));
  const stayed = reached.filter((c) => timeIn(c, stage) >= t);
  const won = (xs: Gen[]) => xs.filter((c) => c.status === 'won').length / xs.length;
  return stayed.length >= 5 ? { probability: won(stayed), basis: 'stage_and_time', sampleSize: stayed.length } : { probability: won(reached), basis: 'stage', sampleSize: reached.length };
}

describe('the funnel API over a generated history', () => {
  it('counts deals and amounts entering each stage, conversion and time in stage, per period and manager', async () => {
    const all = await call(stack, 'GET', '/analytics/funnel?process=sales-pipeline', { token: analyst.token });
    expect(all.status).toBe(200);
    expect(all.body.process.stages).toEqual(order);
    const close = (got: Record<string, unknown>[], want: Record<string, unknown>[]) =>
      want.forEach((w, i) => {
        for (const [k, v] of Object.entries(w)) {
          if (typeof v === 'number') expect(got[i]![k], `${w.stage}.${k}`).toBeCloseTo(v, 6);
          else expect(got[i]![k], `${w.stage}.${k}`).toEqual(v);
        }
      });
    close(all.body.stages, expectedStages(deals, null, null));
    expect(all.body.stages[0].entered).toBe(63);

    const from = '2026-10-05T00:00:00Z';
    const to = '2026-10-12T00:00:00Z';
    const period = await call(stack, 'GET', `/analytics/funnel?process=sales-pipeline&from=${from}&to=${to}&manager=${anna.id}`, { token: analyst.token });
    close(period.body.stages, expectedStages(deals.filter((d) => d.owner === anna.id), Date.parse(from), Date.parse(to)));
    const team = (await stack.orm.em.fork().findOneOrFail(UserSchema, { id: anna.id })).teamId;
    const byTeam = await call(stack, 'GET', `/analytics/funnel?process=sales-pipeline&team=${team}&processVersion=${version}`, { token: analyst.token });
    close(byTeam.body.stages, expectedStages(deals.filter((d) => d.owner === anna.id), null, null));
    expect((await call(stack, 'GET', '/analytics/funnel?process=sales-pipeline&processVersion=99', { token: analyst.token })).status).toBe(404);
    const fair = await call(stack, 'GET', '/analytics/funnel?process=sales-pipeline&source=fair', { token: analyst.token });
    close(fair.body.stages, expectedStages(deals.filter((d) => d.source === 'fair'), null, null));
  });

  it('estimates win probability of open deals from closed ones, with a forecast and a calibration table', async () => {
    const answer = await call(stack, 'GET', '/analytics/funnel?process=sales-pipeline', { token: analyst.token });
    const open = deals.filter((d) => d.status === 'open');
    expect(answer.body.openDeals).toHaveLength(3);
    let expected = 0;
    for (const d of open) {
      const got = answer.body.openDeals.find((e: { dealId: number }) => e.dealId === d.id);
      const want = expectedProbability(d);
      expect(got).toMatchObject({ stage: d.visits.at(-1)!.stage, basis: want.basis, sampleSize: want.sampleSize, amount: d.amount });
      expect(got.probability).toBeCloseTo(want.probability, 9);
      expected += Math.round(d.amount * want.probability);
    }
    expect(answer.body.forecast).toMatchObject({ openDeals: 3, openAmount: { UAH: 870_000 }, expectedAmount: { UAH: expected } });
    const closed = deals.filter((d) => d.status !== 'open');
    expect(answer.body.history).toEqual({ closedDeals: 60, won: closed.filter((d) => d.status === 'won').length });

    // Leave-one-out stage estimates of closed deals, in 20 % bands, against what happened.
    const bands = [0, 1, 2, 3, 4].map(() => ({ p: [] as number[], won: 0 }));
    for (const d of closed) for (const s of new Set(d.visits.map((v) => v.stage).filter((s) => s !== 'Won' && s !== 'Lost'))) {
      const others = closed.filter((c) => c !== d && c.visits.some((v) => v.stage === s));
      const p = others.filter((c) => c.status === 'won').length / others.length;
      bands[Math.min(4, Math.floor(p * 5))]!.p.push(p);
      if (d.status === 'won') bands[Math.min(4, Math.floor(p * 5))]!.won++;
    }
    answer.body.calibration.forEach((b: { predictions: number; avgPredicted: number | null; actualWinRate: number | null }, i: number) => {
      expect(b.predictions).toBe(bands[i]!.p.length);
      if (b.predictions) {
        expect(b.avgPredicted).toBeCloseTo(mean(bands[i]!.p)!, 9);
        expect(b.actualWinRate).toBeCloseTo(bands[i]!.won / bands[i]!.p.length, 9);
      }
    });
  });

  it('analyses lost deals by reason, stage and competitor', async () => {
    const answer = await call(stack, 'GET', '/analytics/funnel?process=sales-pipeline', { token: analyst.token });
    const lost = deals.filter((d) => d.status === 'lost');
    const count = (key: (d: Gen) => string[]) => {
      const m = new Map<string, { deals: number; amount: number }>();
      for (const d of lost) for (const k of key(d)) m.set(k, { deals: (m.get(k)?.deals ?? 0) + 1, amount: (m.get(k)?.amount ?? 0) + d.amount });
      return Object.fromEntries(m);
    };
    const asMap = (rows: { deals: number; amount: { UAH: number } }[], key: string) => Object.fromEntries(rows.map((r) => [(r as unknown as Record<string, string>)[key], { deals: r.deals, amount: r.amount.UAH }]));
    expect(asMap(answer.body.lost.byReason, 'reason')).toEqual(count((d) => [d.lostReason!]));
    expect(asMap(answer.body.lost.byStage, 'stage')).toEqual(count((d) => [d.visits.at(-2)!.stage]));
    expect(asMap(answer.body.lost.byCompetitor, 'competitor')).toEqual(count((d) => d.competitors));
  });

  it("shows a sales manager only their own deals' funnel and refuses the role-less", async () => {
    const mine = await call(stack, 'GET', '/analytics/funnel?process=sales-pipeline', { token: boris.token });
    expect(mine.body.stages[0].entered).toBe(deals.filter((d) => d.owner === boris.id).length);
    expect(mine.body.openDeals.map((e: { dealId: number }) => e.dealId)).toEqual([deals.at(-1)!.id]);
    const agent = await userWithRoles(stack, ['agent']);
    expect((await call(stack, 'GET', '/analytics/funnel', { token: agent.token })).status).toBe(403);
    expect((await call(stack, 'GET', '/analytics/funnel?process=nope', { token: analyst.token })).status).toBe(422);
  });
});
