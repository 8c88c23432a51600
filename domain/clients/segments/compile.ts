import { classCondition } from '../analyses/current-class.sql.ts';
import { choiceColumns, dateColumns, type ChoiceCondition, type SegmentCondition, type SegmentRule } from './rules.ts';

export interface Sql {
  sql: string;
  params: unknown[];
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (m) => '\\' + m);
const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** One condition as SQL on alias `c`; columns come from fixed maps, every value is a parameter. */
function condition(c: SegmentCondition): Sql {
  switch (c.field) {
    case 'tags': {
      const json = JSON.stringify(c.values);
      if (c.op === 'hasAll') return { sql: 'c.tags @> ?::jsonb', params: [json] };
      const any = { sql: `exists (select 1 from jsonb_array_elements_text(c.tags) t where t in (${marks(c.values.length)}))`, params: c.values };
      return c.op === 'hasAny' ? any : { sql: `not ${any.sql}`, params: any.params };
    }
    case 'name':
    case 'legalName': {
      const column = c.field === 'name' ? 'c.name' : 'c.legal_name';
      return { sql: `lower(coalesce(${column}, '')) like ?`, params: [`%${likeEscape(c.value.toLowerCase())}%`] };
    }
    case 'responsibleId':
    case 'teamId': {
      const column = c.field === 'responsibleId' ? 'c.responsible_id' : 'c.team_id';
      const sql = `${column} in (${marks(c.values.length)})`;
      return { sql: c.op === 'in' ? sql : `(${column} is null or not ${sql})`, params: c.values };
    }
    default:
      break;
  }
  if (c.field in dateColumns) {
    const d = c as Extract<SegmentCondition, { field: keyof typeof dateColumns }>;
    const column = dateColumns[d.field];
    if ('value' in d) return { sql: `${column} ${d.op === 'before' ? '<' : '>='} ?::date`, params: [d.value] };
    const within = `${column} >= now() - make_interval(days => ?)`;
    return d.op === 'withinDays' ? { sql: within, params: [d.days] } : { sql: `(${column} is null or not ${within})`, params: [d.days] };
  }
  const ch = c as ChoiceCondition;
  if (ch.field === 'abcClass' || ch.field === 'xyzClass') return classCondition(ch.field, ch.op, ch.values);
  const column = choiceColumns[ch.field];
  if (ch.op === 'empty') return { sql: `${column} is null`, params: [] };
  if (ch.op === 'notEmpty') return { sql: `${column} is not null`, params: [] };
  const sql = `${column} in (${marks(ch.values!.length)})`;
  return ch.op === 'in' ? { sql, params: ch.values! } : { sql: `(${column} is null or not ${sql})`, params: ch.values! };
}

function join(parts: Sql[], glue: 'and' | 'or'): Sql {
  return { sql: `(${parts.map((p) => p.sql).join(` ${glue} `)})`, params: parts.flatMap((p) => p.params) };
}

/** The rule tree as one parameterised SQL condition on alias `c`. */
export function compileRule(rule: SegmentRule): Sql {
  if ('all' in rule) return join(rule.all.map(compileRule), 'and');
  if ('any' in rule) return join(rule.any.map(compileRule), 'or');
  if ('not' in rule) {
    const inner = compileRule(rule.not);
    return { sql: `not coalesce(${inner.sql}, false)`, params: inner.params };
  }
  return condition(rule);
}
