import { z } from 'zod';
import { loadAccess } from '../../domain/access/index.ts';
import { delegateCandidates, inboxCounts, inboxKinds, inboxViews, listInbox, type InboxItem } from '../../domain/inbox/index.ts';
import { recordNames } from '../../domain/sales/index.ts';
import { inboxSheets } from '../exports/inbox.sheets.ts';
import { labelsFor } from '../exports/labels.ts';
import { formatParam, sendWorkbook, wantsXlsx } from '../exports/workbook.ts';
import { defineRoute } from '../route.ts';

const tags = ['inbox'];
const link = z.object({ id: z.number().int(), name: z.string() }).nullable();

const itemSchema = z
  .object({
    kind: z.enum(inboxKinds),
    id: z.string(),
    title: z.string(),
    due: z.iso.datetime().nullable(),
    overdue: z.boolean(),
    priority: z.number().int(),
    detail: z.string(),
    assigneeId: z.number().int().nullable(),
    process: z.object({ key: z.string(), name: z.string(), version: z.number().int(), workflowId: z.string(), nodeId: z.string() }).nullable(),
    client: link,
    deal: link,
  })
  .meta({ id: 'InboxItem' });

const present = (i: InboxItem): z.infer<typeof itemSchema> => ({ ...i, due: i.due?.toISOString() ?? null });

const filters = {
  processKey: z.string().trim().min(1).max(64).optional(),
  counterpartyId: z.coerce.number().int().positive().max(2147483647).optional(),
};
const countsSchema = z.object(Object.fromEntries(inboxViews.map((v) => [v, z.number().int()])) as Record<(typeof inboxViews)[number], z.ZodNumber>).meta({ id: 'InboxCounts' });

/** The work queue: tasks of running processes, planned contacts and reminders in one list. */
export function inboxRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/inbox',
      summary: 'My work queue: process tasks, planned and overdue contacts and reminders of a view, ordered by due date or priority (live hint: socket event `inbox.changed`)',
      tags,
      access: 'user',
      query: z.object({
        view: z.enum(inboxViews).default('mine'),
        ...filters,
        sort: z.enum(['due', 'priority']).default('due'),
        limit: z.coerce.number().int().min(1).max(200).default(100),
        ...formatParam,
      }),
      responses: { 200: { description: 'The items, soonest due (or most urgent) first (format=xlsx: up to 10 000 of them as a workbook)', schema: z.object({ items: z.array(itemSchema) }) } },
      async handle({ em, user, query, req, res }) {
        const access = await loadAccess(em, user);
        if (wantsXlsx(req, query.format)) {
          // The view as a whole, not the screen's first page.
          const items = await listInbox(em, access, { ...query, limit: 10_000 });
          const names = await recordNames(em, { users: items.map((i) => i.assigneeId) });
          return sendWorkbook(res, `inbox-${query.view}`, inboxSheets(items, names.users, labelsFor(req, user)));
        }
        const items = await listInbox(em, access, query);
        return { body: { items: items.map(present) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/inbox/counts',
      summary: 'How many items each inbox view holds, with the same filters',
      tags,
      access: 'user',
      query: z.object(filters),
      responses: { 200: { description: 'Count per view', schema: countsSchema } },
      async handle({ em, user, query }) {
        return { body: await inboxCounts(em, await loadAccess(em, user), query) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/inbox/delegates',
      summary: 'Colleagues a task can be delegated to, by name or e-mail',
      tags,
      access: 'user',
      query: z.object({ q: z.string().max(100).optional() }),
      responses: { 200: { description: 'Active users', schema: z.object({ items: z.array(z.object({ id: z.number().int(), displayName: z.string(), email: z.string() })) }) } },
      async handle({ em, user, query }) {
        return { body: { items: await delegateCandidates(em, user.id, query.q) } };
      },
    }),
  ];
}
