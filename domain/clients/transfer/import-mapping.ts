import { z } from 'zod';
import { counterpartyKinds, counterpartyStatuses } from '../counterparties/counterparty.entity.ts';
import { exportHeaders } from './export-headers.ts';

/**
 * Counterparty fields a file column can feed. `phones`, `emails` and `tags` take several
 * columns and several values per cell (split on `,` `;` or a new line); `responsible` is the
 * e-mail (login) of an active user.
 */
export const importFields = ['name', 'kind', 'legalName', 'taxId', 'phones', 'emails', 'website', 'industry', 'region', 'size', 'status', 'source', 'tags', 'responsible'] as const;
export type ImportField = (typeof importFields)[number];
export const listFields: ImportField[] = ['phones', 'emails', 'tags'];

export const importMapping = z
  .strictObject({
    /** File column → field; columns left out are ignored. */
    columns: z.record(z.string().min(1).max(200), z.enum(importFields)),
    defaults: z.strictObject({ kind: z.enum(counterpartyKinds).default('company'), status: z.enum(counterpartyStatuses).default('lead') }).default({ kind: 'company', status: 'lead' }),
  })
  .superRefine((m, ctx) => {
    const seen = new Map<string, string>();
    for (const [column, field] of Object.entries(m.columns)) {
      if (!listFields.includes(field) && seen.has(field)) ctx.addIssue({ code: 'custom', path: ['columns', column], message: `Only one column can feed ${field} (also ${seen.get(field)})` });
      seen.set(field, column);
    }
    if (!Object.values(m.columns).includes('name')) ctx.addIssue({ code: 'custom', path: ['columns'], message: 'Map one column to name' });
  });
export type ImportMapping = z.infer<typeof importMapping>;

const synonyms: Record<ImportField, string[]> = {
  name: ['name', 'company', 'client', 'counterparty', 'назва', 'название', 'názov', 'клієнт', 'клиент'],
  kind: ['kind', 'type', 'тип', 'typ'],
  legalName: ['legalname', 'legal name', 'full name', 'повна назва', 'полное название'],
  taxId: ['taxid', 'tax id', 'edrpou', 'єдрпоу', 'ипн', 'іпн', 'inn', 'ico', 'ičo', 'vat'],
  phones: ['phones', 'phone', 'tel', 'telephone', 'mobile', 'телефон', 'telefón'],
  emails: ['emails', 'email', 'e-mail', 'mail', 'пошта', 'почта'],
  website: ['website', 'site', 'web', 'url', 'сайт'],
  industry: ['industry', 'галузь', 'отрасль', 'odvetvie'],
  region: ['region', 'регіон', 'регион', 'kraj', 'city', 'місто', 'город'],
  size: ['size', 'розмір', 'размер', 'veľkosť'],
  status: ['status', 'статус', 'stav'],
  source: ['source', 'джерело', 'источник', 'zdroj'],
  tags: ['tags', 'tag', 'теги', 'мітки', 'štítky'],
  responsible: ['responsible', 'manager', 'owner', 'responsibleemail', 'менеджер', 'відповідальний', 'ответственный'],
};

/** Our export's headers in every language, lower-cased, per field it can feed back. */
const exported = (field: ImportField): string[] => (field in exportHeaders ? exportHeaders[field as keyof typeof exportHeaders].map((h) => h.toLowerCase()) : []);

/** A first guess of the mapping from header names (our export's headers in any language included). */
export function suggestMapping(columns: string[]): Record<string, ImportField> {
  const out: Record<string, ImportField> = {};
  const taken = new Set<ImportField>();
  for (const column of columns) {
    const key = column.trim().toLowerCase();
    const known = (f: ImportField) => synonyms[f].includes(key) || exported(f).includes(key);
    const field = importFields.find((f) => known(f) && (listFields.includes(f) || !taken.has(f)));
    if (!field) continue;
    out[column] = field;
    taken.add(field);
  }
  return out;
}
