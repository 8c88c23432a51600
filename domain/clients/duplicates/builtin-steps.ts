import type { EntityManager } from '@mikro-orm/postgresql';
import { clientRecordTypes } from '../dossier/builtin-sources.ts';
import { sqlRows, sqlRun } from '../sql.ts';
import { registerMergeStep } from './merge-steps.ts';

const countOf = async (em: EntityManager, sql: string, params: unknown[]) => Number((await sqlRows<{ n: string }>(em, sql, params))[0]?.n ?? 0);
const recordTypes = clientRecordTypes.map(() => '?').join(', ');

/** A step that re-points one column from the merged record to the survivor. */
function repoint(name: string, table: string, column: string, extra = '', extraParams: unknown[] = [], cast = '') {
  registerMergeStep({
    name,
    count: (em, merged) => countOf(em, `select count(*) as n from ${table} where ${column} = ?${cast} ${extra}`, [merged, ...extraParams]),
    move: (em, merged, survivor) => sqlRun(em, `update ${table} set ${column} = ?${cast} where ${column} = ?${cast} ${extra}`, [survivor, merged, ...extraParams]),
  });
}

// The survivor's primary contact stays primary; the merged record's one becomes an ordinary contact.
registerMergeStep({
  name: 'contacts',
  count: (em, merged) => countOf(em, 'select count(*) as n from contact_person where counterparty_id = ?', [merged]),
  move: async (em, merged, survivor) => {
    await sqlRun(em, 'update contact_person set is_primary = false where counterparty_id = ? and exists (select 1 from contact_person where counterparty_id = ? and is_primary)', [merged, survivor]);
    return sqlRun(em, 'update contact_person set counterparty_id = ? where counterparty_id = ?', [survivor, merged]);
  },
});
repoint('history', 'record_change', 'counterparty_id');
repoint('processes', 'process_instance', 'record_id', `and record_type in (${recordTypes})`, clientRecordTypes, '::text');
repoint('tasks', 'task', 'record_id', `and record_type in (${recordTypes})`, clientRecordTypes, '::text');

// Subsidiaries and divisions of the merged company now belong to the survivor (never to itself).
registerMergeStep({
  name: 'subsidiaries',
  count: (em, merged, survivor) => countOf(em, 'select count(*) as n from counterparty where parent_id = ? and id <> ?', [merged, survivor]),
  move: async (em, merged, survivor) => {
    await sqlRun(em, 'update counterparty set parent_id = null where parent_id = ? and id = ?', [merged, survivor]);
    return sqlRun(em, 'update counterparty set parent_id = ? where parent_id = ?', [survivor, merged]);
  },
});

/**
 * Relations of the merged record move to the survivor; one the survivor already has, or one
 * between the two merged records, would duplicate or loop and is folded away.
 */
registerMergeStep({
  name: 'relations',
  count: (em, merged) =>
    countOf(em, `select count(*) as n from client_relation where (from_type = 'counterparty' and from_id = ?) or (to_type = 'counterparty' and to_id = ?)`, [merged, merged]),
  move: async (em, merged, survivor) => {
    let moved = 0;
    for (const [end, other] of [['from', 'to'], ['to', 'from']] as const) {
      moved += await sqlRun(
        em,
        `update client_relation r set ${end}_id = ? where r.${end}_type = 'counterparty' and r.${end}_id = ?
          and not (r.${other}_type = 'counterparty' and r.${other}_id in (?, ?))
          and not exists (select 1 from client_relation x where x.${end}_type = 'counterparty' and x.${end}_id = ?
            and x.${other}_type = r.${other}_type and x.${other}_id = r.${other}_id and x.kind = r.kind)`,
        [survivor, merged, survivor, merged, survivor],
      );
    }
    const folded = await sqlRun(em, `delete from client_relation where (from_type = 'counterparty' and from_id = ?) or (to_type = 'counterparty' and to_id = ?)`, [merged, merged]);
    return moved + folded;
  },
});

repoint('sales lines', 'sales_line', 'counterparty_id');
repoint('class history', 'client_class', 'counterparty_id');
