import { z } from 'zod';
import { counterpartyKinds, counterpartySizes, counterpartyStatuses } from '../counterparties/counterparty.entity.ts';

const word = z.string().trim().min(1).max(120);
const words = z.array(word).min(1).max(100);
const day = z.iso.date();

/** Fields compared by equality (or membership, or emptiness). */
export const choiceColumns = {
  status: 'c.status',
  kind: 'c.kind',
  size: 'c.size',
  industry: 'c.industry',
  region: 'c.region',
  source: 'c.source',
  abcClass: 'c.abc_class',
  xyzClass: 'c.xyz_class',
} as const;

/**
 * Activity dates: record dates, the last change in its history and the last sale line.
 * Interactions, when they exist, register nothing here yet; they add a field of their own.
 */
export const dateColumns = {
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at',
  lastChangeAt: '(select max(h.changed_at) from record_change h where h.counterparty_id = c.id)',
  lastSaleAt: '(select max(s.date)::timestamptz from sales_line s where s.counterparty_id = c.id)',
} as const;

const choiceValues: Partial<Record<keyof typeof choiceColumns, readonly string[]>> = {
  status: counterpartyStatuses,
  kind: counterpartyKinds,
  size: counterpartySizes,
  abcClass: ['A', 'B', 'C'],
  xyzClass: ['X', 'Y', 'Z'],
};

const choice = z
  .strictObject({
    field: z.enum(Object.keys(choiceColumns) as [keyof typeof choiceColumns]),
    op: z.enum(['in', 'notIn', 'empty', 'notEmpty']),
    values: words.optional(),
  })
  .superRefine((c, ctx) => {
    const needs = c.op === 'in' || c.op === 'notIn';
    if (needs && !c.values) ctx.addIssue({ code: 'custom', path: ['values'], message: `"${c.op}" needs values` });
    const allowed = choiceValues[c.field];
    for (const [i, v] of (c.values ?? []).entries()) {
      if (allowed && !allowed.includes(v)) ctx.addIssue({ code: 'custom', path: ['values', i], message: `Not a ${c.field}: one of ${allowed.join(', ')}` });
    }
  });
const tags = z.strictObject({ field: z.literal('tags'), op: z.enum(['hasAny', 'hasAll', 'hasNone']), values: words });
const text = z.strictObject({ field: z.enum(['name', 'legalName']), op: z.literal('contains'), value: word });
const people = z.strictObject({ field: z.enum(['responsibleId', 'teamId']), op: z.enum(['in', 'notIn']), values: z.array(z.number().int().positive()).min(1).max(100) });
const dates = z.union([
  z.strictObject({ field: z.enum(Object.keys(dateColumns) as [keyof typeof dateColumns]), op: z.enum(['before', 'after']), value: day }),
  z.strictObject({ field: z.enum(Object.keys(dateColumns) as [keyof typeof dateColumns]), op: z.enum(['withinDays', 'notWithinDays']), days: z.number().int().min(0).max(36500) }),
]);

export type SegmentCondition = z.infer<typeof choice> | z.infer<typeof tags> | z.infer<typeof text> | z.infer<typeof people> | z.infer<typeof dates>;
export type SegmentRule = SegmentCondition | { all: SegmentRule[] } | { any: SegmentRule[] } | { not: SegmentRule };

/** The rule tree: `all`/`any`/`not` over conditions, at most 6 levels deep and 100 nodes. */
export const segmentRule: z.ZodType<SegmentRule> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(segmentRule).min(1).max(50) }),
    z.strictObject({ any: z.array(segmentRule).min(1).max(50) }),
    z.strictObject({ not: segmentRule }),
    choice,
    tags,
    text,
    people,
    dates,
  ]),
).superRefine((rule, ctx) => {
  const size = (r: SegmentRule, depth: number): number =>
    depth > 6 ? Infinity
    : 'all' in r ? 1 + r.all.reduce((n, x) => n + size(x, depth + 1), 0)
    : 'any' in r ? 1 + r.any.reduce((n, x) => n + size(x, depth + 1), 0)
    : 'not' in r ? 1 + size(r.not, depth + 1)
    : 1;
  if (size(rule, 1) > 100) ctx.addIssue({ code: 'custom', message: 'A segment has at most 100 rules, 6 levels deep' });
  // Named so the OpenAPI document (and the UI types generated from it) call the recursive tree by name.
}).meta({ id: 'SegmentRule' });
