import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../../access/index.ts';
import { ContactPersonSchema } from '../contacts/contact-person.entity.ts';
import { CounterpartySchema } from '../counterparties/counterparty.entity.ts';
import type { RecordChange } from '../history/record-change.entity.ts';
import { referenceLabels } from '../history/reference-labels.ts';
import type { TimelineEntry } from './timeline.ts';

/** One changed field inside a grouped timeline entry; a reference (responsible, team, parent) carries its name too. */
export interface FieldChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
  oldLabel: string | null;
  newLabel: string | null;
}

/** What a new record's field holds when nobody filled it (a flag left off counts). */
const empty = (v: unknown) => v === null || v === undefined || v === '' || v === false || (Array.isArray(v) && v.length === 0);
const noun = { counterparty: 'Client', contact: 'Contact', deal: 'Deal' } as const;
const verb = { create: 'created', update: 'changed', delete: 'deleted', merge: 'merged' } as const;

/**
 * One save writes one history row per field, all with the same moment (history.service.ts);
 * a reader thinks of it as one edit, so rows of the same record, action, author and moment
 * become one entry. Rows arrive newest first and stay so.
 */
export function groupChanges(rows: RecordChange[]): RecordChange[][] {
  const groups: RecordChange[][] = [];
  const keyOf = (c: RecordChange) => [c.recordType, c.recordId, c.action, c.actorId ?? '', c.workflowId ?? '', c.changedAt.getTime()].join('|');
  let last = '';
  for (const c of rows) {
    const key = keyOf(c);
    if (key === last) groups.at(-1)!.push(c);
    else groups.push([c]);
    last = key;
  }
  return groups;
}

/** Contact names for the entries ("Contact Ivan Petrenko added"), also of contacts deleted since (from their history). */
async function contactNames(em: EntityManager, groups: RecordChange[][]): Promise<Map<number, string>> {
  const names = new Map<number, string>();
  for (const g of groups) {
    const named = g.find((c) => c.recordType === 'contact' && c.field === 'fullName');
    const name = named && (named.newValue ?? named.oldValue);
    if (typeof name === 'string' && !names.has(g[0]!.recordId)) names.set(g[0]!.recordId, name);
  }
  const missing = [...new Set(groups.filter((g) => g[0]!.recordType === 'contact' && !names.has(g[0]!.recordId)).map((g) => g[0]!.recordId))];
  if (missing.length) for (const c of await em.find(ContactPersonSchema, { id: { $in: missing } })) names.set(c.id, c.fullName);
  return names;
}

/**
 * A merge moves the merged client's own history under the survivor: those entries name the
 * merged client, so the reader does not take its "created" for the survivor's.
 */
async function mergedClientNames(em: EntityManager, groups: RecordChange[][]): Promise<Map<number, string>> {
  const ids = [...new Set(groups.map((g) => g[0]!).filter((c) => c.recordType === 'counterparty' && c.recordId !== c.counterpartyId).map((c) => c.recordId))];
  const found = ids.length ? await em.find(CounterpartySchema, { id: { $in: ids } }, { fields: ['id', 'name'] }) : [];
  return new Map(found.map((c) => [c.id, c.name]));
}

/** A deal's title when the save set or changed it (a deal's later saves name only what changed). */
function dealTitle(group: RecordChange[]): string | null {
  const title = group.find((c) => c.field === 'title');
  const value = title && (title.newValue ?? title.oldValue);
  return typeof value === 'string' ? value : null;
}

/** The grouped entries: `data.fields` lists every changed field (a new record's empty fields left out). */
export async function changeEntries(em: EntityManager, access: Access, rows: RecordChange[]): Promise<TimelineEntry[]> {
  const groups = groupChanges(rows);
  const names = await contactNames(em, groups);
  const mergedNames = await mergedClientNames(em, groups);
  const label = await referenceLabels(em, access, rows.flatMap((c) => [{ field: c.field, value: c.oldValue }, { field: c.field, value: c.newValue }]));
  return groups.map((g) => {
    const { id, recordType, recordId, action, actorId, workflowId, changedAt } = g[0]!;
    const fields: FieldChange[] = g
      .filter((c) => !(action === 'create' && empty(c.newValue)))
      .map((c) => ({ field: c.field, oldValue: c.oldValue ?? null, newValue: c.newValue ?? null, oldLabel: label(c.field, c.oldValue), newLabel: label(c.field, c.newValue) }))
      .sort((a, b) => a.field.localeCompare(b.field));
    const name = recordType === 'contact' ? (names.get(recordId) ?? null) : recordType === 'deal' ? dealTitle(g) : (mergedNames.get(recordId) ?? null);
    const list = action === 'update' ? `: ${fields.map((f) => f.field).join(', ')}` : '';
    return {
      source: 'change',
      id: `change:${id}`,
      at: changedAt,
      title: `${noun[recordType]}${name ? ` ${name}` : ''} ${verb[action]}${list}`,
      actorId: actorId ?? null,
      data: { recordType, recordId, action, name, workflowId: workflowId ?? null, fields },
    };
  });
}
