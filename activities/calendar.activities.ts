import type { MikroORM } from '@mikro-orm/postgresql';
import { calendarData } from '../domain/calendars/index.ts';

export function createCalendarActivities({ orm }: { orm: MikroORM }) {
  return {
    /** A business calendar for the workflow's working-time arithmetic; null when unknown. */
    async loadCalendar({ code }: { code: string }) {
      return calendarData(orm.em.fork(), code);
    },
  };
}

export type CalendarActivities = ReturnType<typeof createCalendarActivities>;
