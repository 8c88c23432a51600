import type { Sql } from '../segments/compile.ts';

/** The class fields clients are filtered by, and the column of `client_current_class` each reads. */
export const classFields = { abcClass: 'abc', xyzClass: 'xyz' } as const;
export type ClassField = keyof typeof classFields;
export const classValues: Record<ClassField, readonly string[]> = { abcClass: ['A', 'B', 'C'], xyzClass: ['X', 'Y', 'Z'] };

/** A client's current class, as a scalar on alias `c` (null when it has none). */
export const currentClassSql = (field: ClassField, alias = 'c') =>
  `(select k.${classFields[field]} from client_current_class k where k.counterparty_id = ${alias}.id)`;

/**
 * A condition on alias `c` over the current class kept in `client_current_class`. Written as
 * (not) exists so that, at the top of a filter, PostgreSQL joins the narrow table once (semi or
 * anti join) instead of looking a class up per client; a client without a class is never "in"
 * and always "not in", as an empty column was before.
 */
export function classCondition(field: ClassField, op: 'in' | 'notIn' | 'empty' | 'notEmpty', values: readonly string[] = []): Sql {
  const column = classFields[field];
  const of = 'k.counterparty_id = c.id';
  if (op === 'empty' || op === 'notEmpty') {
    return { sql: `${op === 'empty' ? 'not ' : ''}exists (select 1 from client_current_class k where ${of})`, params: [] };
  }
  const marks = values.map(() => '?').join(', ');
  const has = `exists (select 1 from client_current_class k where ${of} and k.${column} in (${marks}))`;
  return { sql: op === 'in' ? has : `not ${has}`, params: [...values] };
}
