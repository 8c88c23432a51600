import { z } from 'zod';
import { loadAccess } from '../../../domain/access/index.ts';
import { interactionFigures, interactionKinds } from '../../../domain/interactions/index.ts';
import { interactionFigureSheets } from '../../exports/interactions.sheets.ts';
import { labelsFor } from '../../exports/labels.ts';
import { formatParam, sendWorkbook, wantsXlsx } from '../../exports/workbook.ts';
import { Problem } from '../../problem.ts';
import { defineRoute } from '../../route.ts';

const counts = { done: z.number().int(), planned: z.number().int(), overdue: z.number().int(), cancelled: z.number().int() };
const figuresSchema = z
  .object({
    userId: z.number().int(),
    displayName: z.string(),
    teamId: z.number().int().nullable(),
    ...counts,
    byKind: z.partialRecord(z.enum(interactionKinds), z.object(counts)),
  })
  .meta({ id: 'EmployeeInteractionFigures' });

export function interactionAnalyticsRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/analytics/interactions',
      summary: 'Per employee over interactions timed in [from, to): done, planned, overdue, cancelled, by kind. A manager sees themselves, a head their team, an admin everyone',
      tags: ['interactions', 'analytics'],
      access: 'user',
      query: z.object({
        from: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
        to: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
        team: z.coerce.number().int().positive().max(2147483647).optional(),
        userId: z.coerce.number().int().positive().max(2147483647).optional().describe('one employee within your reach'),
        ...formatParam,
      }),
      responses: { 200: { description: 'Figures per employee (with format=xlsx: the same table as a workbook)', schema: z.object({ from: z.iso.datetime(), to: z.iso.datetime(), employees: z.array(figuresSchema) }) }, 403: { description: 'Another team than yours' } },
      async handle({ em, user, query, req, res }) {
        if (query.to <= query.from) throw new Problem(400, 'bad_period', 'The period is empty', '`to` must be after `from`', [{ field: 'to', pointer: '/to', code: 'bad_period', message: '`to` must be after `from`' }]);
        const employees = await interactionFigures(em, await loadAccess(em, user), query);
        if (wantsXlsx(req, query.format)) return sendWorkbook(res, `interactions-by-employee-${query.from.toISOString().slice(0, 10)}`, interactionFigureSheets(employees, labelsFor(req, user)));
        return { body: { from: query.from.toISOString(), to: query.to.toISOString(), employees } };
      },
    }),
  ];
}
