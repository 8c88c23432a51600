import type { EntityManager } from '@mikro-orm/postgresql';
import { requireScope, type Access } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import { filteredCounterparties, type CounterpartyFilter } from '../counterparties/list.service.ts';
import { ClientSettingSchema } from './client-setting.entity.ts';
import { completenessSettings, counterpartyFieldSql, type CompletenessSettings } from './completeness.ts';

const KEY = 'completeness';

export async function getCompletenessSettings(em: EntityManager): Promise<{ settings: CompletenessSettings; version: number }> {
  const row = await em.findOne(ClientSettingSchema, { key: KEY });
  if (!row) throw new DomainError('settings.missing', 'Completeness settings are missing', 500);
  return { settings: completenessSettings.parse(row.value), version: row.version };
}

export async function setCompletenessSettings(em: EntityManager, access: Access, settings: CompletenessSettings, expected: number) {
  requireScope(access, 'update', 'ClientSettings');
  const row = await em.findOne(ClientSettingSchema, { key: KEY });
  if (!row) throw new DomainError('settings.missing', 'Completeness settings are missing', 500);
  if (row.version !== expected) throw new DomainError('conflict.stale_version', 'The settings were changed by someone else', 412);
  row.value = settings;
  await em.flush();
  return { settings, version: row.version };
}

export interface CompletenessReport {
  total: number;
  averageScore: number;
  /** Per field: how many records in reach miss it, most missed first. */
  fields: { field: string; level: 'required' | 'desirable'; missing: number }[];
  /** Per responsible user: records, records missing a required field, average score. */
  byResponsible: { responsibleId: number | null; total: number; incomplete: number; averageScore: number }[];
}

/** Over the counterparties the actor may see (and the given filter): what is missing most, and for whom. */
export async function completenessReport(em: EntityManager, access: Access, filter: CounterpartyFilter): Promise<CompletenessReport> {
  requireScope(access, 'read', 'Counterparty');
  const { settings } = await getCompletenessSettings(em);
  const { required, desirable } = settings.counterparty;
  const missing = (f: keyof typeof counterpartyFieldSql) => `(case when ${counterpartyFieldSql[f]} then 1 else 0 end)`;
  const weight = required.length * 2 + desirable.length || 1;
  const lost = [...required.map((f) => `2 * ${missing(f)}`), ...desirable.map(missing), '0'].join(' + ');
  const score = `(100.0 * (${weight} - (${lost})) / ${weight})`;
  const incomplete = required.length ? `(${required.map((f) => counterpartyFieldSql[f]).join(' or ')})` : 'false';
  const fieldCols = [...required, ...desirable].map((f, i) => `sum(${missing(f)}) as f${i}`).join(', ');

  const qb = filteredCounterparties(em, access, filter);
  const base = qb.getQuery();
  const params = qb.getParams();
  const conn = em.getConnection();
  const [totals] = await conn.execute<Record<string, string | number | null>[]>(
    `select count(*) as total, coalesce(avg(${score}), 100) as avg${fieldCols ? ', ' + fieldCols : ''} from (${base}) c`,
    params,
  );
  const groups = await conn.execute<{ responsible_id: number | null; total: string; incomplete: string; avg: string }[]>(
    `select c.responsible_id, count(*) as total, count(*) filter (where ${incomplete}) as incomplete, avg(${score}) as avg
       from (${base}) c group by c.responsible_id order by incomplete desc, c.responsible_id nulls last`,
    params,
  );
  const fields = [...required.map((f) => ({ field: f, level: 'required' as const })), ...desirable.map((f) => ({ field: f, level: 'desirable' as const }))]
    .map((f, i) => ({ ...f, missing: Number(totals?.[`f${i}`] ?? 0) }))
    .sort((a, b) => b.missing - a.missing);
  return {
    total: Number(totals?.total ?? 0),
    averageScore: Math.round(Number(totals?.avg ?? 100)),
    fields,
    byResponsible: groups.map((g) => ({ responsibleId: g.responsible_id, total: Number(g.total), incomplete: Number(g.incomplete), averageScore: Math.round(Number(g.avg)) })),
  };
}
