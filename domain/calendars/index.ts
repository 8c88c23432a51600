export { BusinessCalendarSchema, type BusinessCalendar, type Holiday, type WorkingHours } from './business-calendar.entity.ts';
export { calendarData, getCalendar, listCalendars, saveCalendar, type CalendarInput } from './calendars.service.ts';
