import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/ru';
import 'dayjs/locale/sk';
import 'dayjs/locale/uk';

dayjs.extend(customParseFormat);

/** How each UI language writes a day and a time (dayjs tokens), as its people type them. */
const DAY: Record<string, string[]> = {
  en: ['MM/DD/YYYY', 'M/D/YYYY'],
  uk: ['DD.MM.YYYY', 'D.M.YYYY'],
  ru: ['DD.MM.YYYY', 'D.M.YYYY'],
  sk: ['D. M. YYYY', 'D.M.YYYY', 'DD.MM.YYYY'],
};
const TIME: Record<string, string[]> = { en: ['h:mm A', 'h:mm a', 'HH:mm'], uk: ['HH:mm', 'H:mm'], ru: ['HH:mm', 'H:mm'], sk: ['H:mm', 'HH:mm'] };

const of = (table: Record<string, string[]>, language: string) => table[language] ?? table.en!;

/** The format a date input shows in `language` (the first of its day formats, with its time when asked). */
export function shownFormat(language: string, withTime: boolean): string {
  return withTime ? `${of(DAY, language)[0]} ${of(TIME, language)[0]}` : of(DAY, language)[0]!;
}

/**
 * What a person typed, read in their language's formats, or as ISO (pasted from elsewhere);
 * null until it is a whole date. Answers Mantine's value: `YYYY-MM-DD` or `YYYY-MM-DD HH:mm:ss`.
 */
export function parseTyped(text: string, language: string, withTime: boolean): string | null {
  const days = [...of(DAY, language), 'YYYY-MM-DD'];
  const formats = withTime ? days.flatMap((d) => [...of(TIME, language), 'HH:mm'].map((t) => `${d} ${t}`)).concat('YYYY-MM-DDTHH:mm') : days;
  const parsed = dayjs(text.trim(), formats, language, true);
  if (!parsed.isValid()) return null;
  return parsed.format(withTime ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD');
}

/** The forms' value (`YYYY-MM-DD`, `YYYY-MM-DDTHH:mm`, as `<input type=date|datetime-local>` gave) as Mantine's, and back. */
export const toPicker = (value: string): string | null => (value ? (value.includes('T') ? `${value.replace('T', ' ')}:00`.slice(0, 19) : value) : null);
export const fromPicker = (value: string | null, withTime: boolean): string => (!value ? '' : withTime ? value.slice(0, 16).replace(' ', 'T') : value.slice(0, 10));
