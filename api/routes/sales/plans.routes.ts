import { z } from 'zod';
import { loadAccess } from '../../../domain/access/index.ts';
import { createPlan, deletePlan, parsePeriod, PERIOD, performersInReach, plansOf, salesPerformance, updatePlan, visiblePlan, type SalesPlan } from '../../../domain/sales/index.ts';
import { labelsFor } from '../../exports/labels.ts';
import { performanceSheets } from '../../exports/performance.sheets.ts';
import { formatParam, sendWorkbook, wantsXlsx } from '../../exports/workbook.ts';
import { defineRoute } from '../../route.ts';
import { currency, etag, idParams, minor, requireIfMatch, salesWriters } from './http.ts';

const tags = ['sales plans'];
/** Heads of sales and admins set plans; everyone selling (and analysts) reads plan against actual. */
const planSetters = { roles: ['admin', 'head_of_sales'] };
const performanceReaders = { roles: [...salesWriters.roles, 'analyst'] };
const period = z.string().regex(PERIOD, 'A month 2026-11 or a quarter 2026-Q4').meta({ description: 'A month `2026-11` or a quarter `2026-Q4` (UTC)' });
const count = z.number().int().min(0).max(1_000_000);
const targets = { currency, amountWon: minor, dealsWon: count, interactionsDone: count };

const planSchema = z
  .object({ id: z.number().int(), userId: z.number().int(), period: z.string(), currency: z.string(), amountWon: minor, dealsWon: z.number().int(), interactionsDone: z.number().int(), setBy: z.number().int(), version: z.number().int() })
  .meta({ id: 'SalesPlan' });
const presentPlan = (p: SalesPlan) => ({
  id: p.id, userId: p.userId, period: p.period, currency: p.currency, amountWon: Number(p.amountWon), dealsWon: p.dealsWon, interactionsDone: p.interactionsDone, setBy: p.setBy, version: p.version,
});
const figures = z.object({ amountWon: z.number().nullable(), dealsWon: z.number(), interactionsDone: z.number() });
/** The plan a person's figures are measured against in a period. */
const planTargetSchema = z.object({
  source: z.enum(['month', 'quarter', 'months']).meta({ description: "`month`/`quarter`: the period's own plan; `months`: a quarter without one, the sum of its month plans" }),
  id: z.number().int().nullable().meta({ description: "The plan to change (null when summed from months)" }), version: z.number().int().nullable(),
  months: z.array(z.string()).meta({ description: 'The month plans added up (source `months`)' }),
  currency: z.string().nullable().meta({ description: 'Null when the month plans are in different currencies' }),
  amountWon: z.number().nullable().meta({ description: 'Null when the month plans are in different currencies (no exchange rates): see amounts' }),
  amounts: z.array(z.object({ currency: z.string(), amount: z.number() })).meta({ description: 'The planned amount per currency' }),
  dealsWon: z.number().int(), interactionsDone: z.number().int(),
}).meta({ id: 'PlanTarget' });
const performanceSchema = z.object({
  period: z.string(), kind: z.enum(['month', 'quarter']), from: z.string(), to: z.string(),
  items: z.array(z.object({
    userId: z.number().int(), displayName: z.string().nullable(), teamId: z.number().int().nullable(),
    canPlan: z.boolean().meta({ description: "Whether you may set or change this person's plan" }),
    plan: planTargetSchema.nullable(),
    actual: figures.extend({ wonAmounts: z.array(z.object({ currency: z.string(), amount: z.number() })) }),
    completionPercent: z.object({ amountWon: z.number().nullable(), dealsWon: z.number().nullable(), interactionsDone: z.number().nullable() }).nullable(),
  }).meta({ id: 'PerformanceRow' })),
}).meta({ id: 'SalesPerformance' });

export function planRoutes() {
  return [
    defineRoute({
      method: 'post', path: '/sales/plans', summary: "Set a manager's plan for a month or quarter (admins: anyone; heads of sales: their teams' members)", tags, access: planSetters,
      body: z.strictObject({ userId: z.number().int().positive(), period, ...targets }),
      responses: { 201: { description: 'Set', schema: planSchema }, 403: { description: 'Not a member of a team you head' }, 409: { description: 'That person has a plan for the period: change it' }, 422: { description: 'Unknown user' } },
      async handle({ em, body, user }) {
        const plan = await createPlan(em, await loadAccess(em, user), body);
        return { status: 201, body: presentPlan(plan), headers: { etag: etag(plan.version), location: `/api/v1/sales/plans/${plan.id}` } };
      },
    }),
    defineRoute({
      method: 'get', path: '/sales/plans', summary: 'Plans of a period within your reach (yours; a head: the team’s; admins and analysts: all)', tags, access: performanceReaders,
      query: z.object({ period }),
      responses: { 200: { description: 'The plans', schema: z.object({ items: z.array(planSchema) }) } },
      async handle({ em, query, user }) {
        const people = await performersInReach(em, await loadAccess(em, user), query.period);
        return { body: { items: (await plansOf(em, query.period, people.map((p) => p.userId))).map(presentPlan) } };
      },
    }),
    defineRoute({
      method: 'patch', path: '/sales/plans/:id', summary: 'Change a plan; needs If-Match', tags, access: planSetters, params: idParams,
      body: z.strictObject(targets).partial(),
      responses: { 200: { description: 'Changed', schema: planSchema }, 404: { description: 'No such plan within your reach' }, 412: { description: 'Stale If-Match' }, 428: { description: 'If-Match missing' } },
      async handle({ em, params, body, user, req }) {
        const expected = requireIfMatch(req);
        const plan = await updatePlan(em, await loadAccess(em, user), params.id, expected, body);
        return { body: presentPlan(plan), headers: { etag: etag(plan.version) } };
      },
    }),
    defineRoute({
      method: 'delete', path: '/sales/plans/:id', summary: 'Remove a plan; needs If-Match', tags, access: planSetters, params: idParams,
      responses: { 204: { description: 'Removed' }, 404: { description: 'No such plan within your reach' }, 412: { description: 'Stale If-Match' }, 428: { description: 'If-Match missing' } },
      async handle({ em, params, user, req }) {
        const expected = requireIfMatch(req);
        await deletePlan(em, await loadAccess(em, user), params.id, expected);
        return { status: 204 };
      },
    }),
    defineRoute({
      method: 'get', path: '/sales/plans/:id', summary: 'One plan (ETag for If-Match)', tags, access: performanceReaders, params: idParams,
      responses: { 200: { description: 'The plan', schema: planSchema }, 404: { description: 'No such plan within your reach' } },
      async handle({ em, params, user }) {
        const plan = await visiblePlan(em, await loadAccess(em, user), params.id);
        return { body: presentPlan(plan), headers: { etag: etag(plan.version) } };
      },
    }),
    defineRoute({
      method: 'get', path: '/sales/performance', summary: 'Plan against actual per manager for a month or quarter: amount and deals won, interactions done', tags, access: performanceReaders,
      query: z.object({ period, manager: z.coerce.number().int().positive().optional(), ...formatParam }),
      responses: { 200: { description: 'Per person in your reach (with format=xlsx: the same table as a workbook)', schema: performanceSchema }, 403: { description: 'That manager is out of your reach' } },
      async handle({ em, query, user, req, res }) {
        const p = parsePeriod(query.period)!;
        const items = await salesPerformance(em, await loadAccess(em, user), p, query.manager);
        if (wantsXlsx(req, query.format)) return sendWorkbook(res, `sales-performance-${p.key}`, performanceSheets(items, labelsFor(req, user)));
        return { body: { period: p.key, kind: p.kind, from: p.from.toISOString(), to: p.to.toISOString(), items } };
      },
    }),
  ];
}
