import { z } from 'zod';
import { getCalendar, listCalendars, saveCalendar, type BusinessCalendar } from '../../domain/calendars/index.ts';
import { Problem } from '../problem.ts';
import { defineRoute } from '../route.ts';

const designers = { roles: ['admin', 'process_owner'] };
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM');

const calendarBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  timeZone: z.string().min(1).max(64).default('UTC'),
  workingHours: z.array(z.strictObject({ day: z.number().int().min(1).max(7), from: hhmm, to: hhmm })).max(50),
  holidays: z.array(z.strictObject({ date: z.iso.date(), name: z.string().max(200).default('') })).max(1000).default([]),
});

const calendarSchema = calendarBody.extend({ code: z.string(), lockVersion: z.number().int() }).meta({ id: 'BusinessCalendar' });
const codeParams = z.object({ code: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'lower-case letters, digits, - and _') });

function present(c: BusinessCalendar) {
  return { code: c.code, name: c.name, timeZone: c.timeZone, workingHours: c.workingHours, holidays: c.holidays, lockVersion: c.version };
}

function ifMatch(header: string | undefined): number | undefined {
  if (!header) return undefined;
  const m = /^(?:W\/)?"(\d+)"$/.exec(header.trim());
  if (!m) throw new Problem(400, 'bad_if_match', 'If-Match must be an ETag from this API, e.g. W/"3"');
  return Number(m[1]);
}

/** Business calendars: working hours, weekends and public holidays that timers and due dates count in. */
export function calendarRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/business-calendars',
      summary: 'Business calendars',
      tags: ['calendars'],
      access: 'user',
      responses: { 200: { description: 'All calendars', schema: z.object({ items: z.array(calendarSchema) }) } },
      async handle({ em }) {
        return { body: { items: (await listCalendars(em)).map(present) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/business-calendars/:code',
      summary: 'One business calendar (ETag for If-Match)',
      tags: ['calendars'],
      access: 'user',
      params: codeParams,
      responses: { 200: { description: 'The calendar', schema: calendarSchema }, 404: { description: 'No such calendar' } },
      async handle({ em, params }) {
        const c = await getCalendar(em, params.code);
        return { body: present(c), headers: { etag: `W/"${c.version}"` } };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/business-calendars/:code',
      summary: 'Create a calendar, or replace it (If-Match with the ETag you read)',
      tags: ['calendars'],
      access: designers,
      params: codeParams,
      body: calendarBody,
      responses: {
        200: { description: 'Replaced', schema: calendarSchema },
        201: { description: 'Created', schema: calendarSchema },
        403: { description: 'Only process owners and admins' },
        412: { description: 'Changed by someone else' },
        428: { description: 'If-Match is required to replace' },
      },
      async handle({ em, params, body, req }) {
        const { calendar, created } = await saveCalendar(em, params.code, body, ifMatch(req.get('if-match')));
        return { status: created ? 201 : 200, body: present(calendar), headers: { etag: `W/"${calendar.version}"` } };
      },
    }),
  ];
}
