import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../errors.ts';
import { knownTimeZone } from '../../config/time-zone.ts';
import { BusinessCalendarSchema, type BusinessCalendar, type Holiday, type WorkingHours } from './business-calendar.entity.ts';

export interface CalendarInput {
  name: string;
  timeZone: string;
  workingHours: WorkingHours[];
  holidays: Holiday[];
}

function check(input: CalendarInput): void {
  if (!knownTimeZone(input.timeZone)) throw new DomainError('calendar.time_zone', `Unknown time zone "${input.timeZone}"`, 422, ['timeZone']);
  input.workingHours.forEach((w, i) => {
    if (w.from >= w.to) throw new DomainError('calendar.hours', `Working hours must end after they start (${w.from}–${w.to})`, 422, [`workingHours.${i}.to`]);
  });
}

export function listCalendars(em: EntityManager): Promise<BusinessCalendar[]> {
  return em.find(BusinessCalendarSchema, {}, { orderBy: { code: 'asc' } });
}

export async function getCalendar(em: EntityManager, code: string): Promise<BusinessCalendar> {
  const cal = await em.findOne(BusinessCalendarSchema, { code });
  if (!cal) throw new DomainError('calendar.not_found', `No business calendar "${code}"`, 404);
  return cal;
}

/** Creates the calendar, or replaces it when `expectedVersion` matches (412 when stale). */
export async function saveCalendar(em: EntityManager, code: string, input: CalendarInput, expectedVersion?: number): Promise<{ calendar: BusinessCalendar; created: boolean }> {
  check(input);
  const existing = await em.findOne(BusinessCalendarSchema, { code });
  if (!existing) {
    const calendar = em.create(BusinessCalendarSchema, { code, ...input });
    await em.flush();
    return { calendar, created: true };
  }
  if (expectedVersion === undefined) throw new DomainError('if_match_required', 'Send If-Match with the ETag of the calendar you read', 428);
  if (existing.version !== expectedVersion) throw new DomainError('conflict.stale_version', 'The calendar was changed by someone else; reload it', 412);
  em.assign(existing, input);
  await em.flush();
  return { calendar: existing, created: false };
}

/** The calendar as the workflow's working-time arithmetic reads it; null when there is none. */
export async function calendarData(em: EntityManager, code: string) {
  const cal = await em.findOne(BusinessCalendarSchema, { code });
  return cal ? { code: cal.code, timeZone: cal.timeZone, workingHours: cal.workingHours, holidays: cal.holidays.map((h) => h.date) } : null;
}
