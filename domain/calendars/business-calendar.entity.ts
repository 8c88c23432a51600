import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export interface WorkingHours {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  day: number;
  from: string;
  to: string;
}

export interface Holiday {
  date: string;
  name: string;
}

/** Working hours, weekends (days without hours) and public holidays, named by `code` in models (`crm:calendar`). */
export const BusinessCalendarSchema = defineEntity({
  name: 'BusinessCalendar',
  tableName: 'business_calendar',
  properties: {
    id: p.integer().primary().autoincrement(),
    code: p.string().length(64).unique(),
    name: p.string().length(200),
    timeZone: p.string().length(64).default('UTC'),
    workingHours: p.json<WorkingHours[]>(),
    holidays: p.json<Holiday[]>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});

export type BusinessCalendar = InferEntity<typeof BusinessCalendarSchema>;
