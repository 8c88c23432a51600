import { inLocale, localeOf, type Phrase } from '../../access/index.ts';

/** A notice speaks its recipient's language, English when they chose none. `{number}`, `{subject}`, `{date}` are filled in. */
const TEXT = {
  title: ['Contract {number} expires on {date}', 'Договір {number} спливає {date}', 'Договор {number} истекает {date}', 'Zmluva {number} končí {date}'],
  body: [
    'Contract {number}{subject} is valid until {date}: renew it or let the client know.',
    'Договір {number}{subject} діє до {date}: продовжте його або повідомте клієнта.',
    'Договор {number}{subject} действует до {date}: продлите его или сообщите клиенту.',
    'Zmluva {number}{subject} platí do {date}: predĺžte ju alebo dajte vedieť klientovi.',
  ],
  subject: [' ({subject})', ' ({subject})', ' ({subject})', ' ({subject})'],
} satisfies Record<string, Phrase>;

/** A contract's end date (`2026-12-31`, a calendar day with no time zone) as the recipient reads dates. */
export function contractDate(date: string, chosen: string | null | undefined): string {
  return new Intl.DateTimeFormat(localeOf(chosen), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** Title and body of the notice that a contract is about to end, in the recipient's language. */
export function expiryNotice(chosen: string | null | undefined, c: { number: string; subject?: string | null; validTo: string }): { title: string; body: string } {
  const locale = localeOf(chosen);
  const subject = c.subject ? inLocale(TEXT.subject, locale).replace('{subject}', c.subject) : '';
  const fill = (text: string) => text.replace('{number}', c.number).replace('{subject}', subject).replace('{date}', contractDate(c.validTo, locale));
  return { title: fill(inLocale(TEXT.title, locale)), body: fill(inLocale(TEXT.body, locale)) };
}
