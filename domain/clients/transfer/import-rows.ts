import type { EntityManager } from '@mikro-orm/postgresql';
import { requireScope, type Access } from '../../access/index.ts';
import { counterpartyCreate, type CounterpartyCreate } from '../counterparties/counterparty.input.ts';
import { sqlRows } from '../sql.ts';
import type { ImportField, ImportMapping } from './import-mapping.ts';
import type { Table } from './read-table.ts';
import { rowIssue, type IssueParams } from './row-issue.ts';

export interface RowProblem {
  /** Path in the record, e.g. `taxId`, `phones.1.number`, `responsible`. */
  field: string;
  /** The file column the value came from. */
  column: string | null;
  /** What is wrong, for the screen to say in the user's language (`importErrors.<code>`) with `params`. */
  code: string;
  params: IssueParams;
  /** The same in English, for API users. */
  message: string;
}

export interface ParsedRow {
  /** Row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  record: CounterpartyCreate | null;
  /** What the row would give, even when invalid: lets the user see what was read. */
  draft: Record<string, unknown>;
  errors: RowProblem[];
}

const split = (s: string) => s.split(/[,;\n]/).map((v) => v.trim()).filter(Boolean);
const lower = new Set<ImportField>(['kind', 'size', 'status']);

/** One row's cells gathered by field; list fields collect every mapped column. */
function draftOf(cells: string[], columns: string[], mapping: ImportMapping): { draft: Record<string, unknown>; responsible: string | null } {
  const draft: Record<string, unknown> = { kind: mapping.defaults.kind, status: mapping.defaults.status };
  let responsible: string | null = null;
  columns.forEach((column, i) => {
    const field = mapping.columns[column];
    const value = cells[i]?.trim() ?? '';
    if (!field || value === '') return;
    if (field === 'responsible') responsible = value.toLowerCase();
    else if (field === 'phones') draft.phones = [...((draft.phones as unknown[]) ?? []), ...split(value).map((number) => ({ number }))];
    else if (field === 'emails') draft.emails = [...((draft.emails as unknown[]) ?? []), ...split(value).map((address) => ({ address }))];
    else if (field === 'tags') draft.tags = [...new Set([...((draft.tags as string[]) ?? []), ...split(value)])];
    else draft[field] = lower.has(field) ? value.toLowerCase() : value;
  });
  return { draft, responsible };
}

interface Person { id: number; email: string; team_id: number | null }

/** Active users by login (e-mail), and whether the importer may make each one responsible. */
async function responsibles(em: EntityManager, access: Access, logins: string[]) {
  const found = logins.length
    ? await sqlRows<Person>(em, 'select id, lower(email) as email, team_id from app_user where active and lower(email) in (select jsonb_array_elements_text(?::jsonb))', [JSON.stringify(logins)])
    : [];
  const scope = requireScope(access, 'create', 'Counterparty');
  const mayAssign = (p: Person) => scope === 'all' || p.id === access.userId || (scope === 'team' && p.team_id !== null && access.teamIds.includes(p.team_id));
  return new Map(found.map((p) => [p.email, { id: p.id, allowed: mayAssign(p) }]));
}

/**
 * Every row as the counterparty it would create, checked by the same rules as a typed one
 * (tax id check digits, phone numbers, e-mails, enums), plus the responsible user: unknown,
 * or outside what the importer may assign, is a row error. Without one the importer is responsible.
 */
export async function parseRows(em: EntityManager, access: Access, table: Table, mapping: ImportMapping): Promise<ParsedRow[]> {
  const columnOf = (field: string) => table.columns.find((c) => mapping.columns[c] === field) ?? null;
  const drafts = table.rows.map((cells) => draftOf(cells, table.columns, mapping));
  const people = await responsibles(em, access, [...new Set(drafts.flatMap((d) => (d.responsible ? [d.responsible] : [])))]);
  return drafts.map(({ draft, responsible }, i) => {
    const errors: RowProblem[] = [];
    if (responsible) {
      const person = people.get(responsible);
      if (!person) errors.push({ field: 'responsible', column: columnOf('responsible'), code: 'unknown_responsible', params: { login: responsible }, message: `No active user with login ${responsible}` });
      else if (!person.allowed) errors.push({ field: 'responsible', column: columnOf('responsible'), code: 'responsible_out_of_reach', params: { login: responsible }, message: `You may not make ${responsible} responsible` });
      else draft.responsibleId = person.id;
    }
    draft.responsibleId ??= access.userId;
    const parsed = counterpartyCreate.safeParse(draft, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.map(String).join('.') || 'row';
        const top = String(issue.path[0] ?? '');
        errors.push({ field, column: columnOf(top), ...rowIssue(issue, specialCodes), message: issue.message });
      }
    }
    return { row: i + 2, record: parsed.success && !errors.length ? parsed.data : null, draft, errors };
  });
}

/** Fields whose own rule (check digits, number plan) says more than "invalid". */
const specialCodes = { taxId: 'invalid_tax_id', phones: 'invalid_phone', website: 'invalid_url' };

