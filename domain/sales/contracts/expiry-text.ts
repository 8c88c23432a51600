/** The UI's languages (domain/access LOCALES); a notice speaks its recipient's, English when they chose none. */
const LANGUAGES = ['en', 'uk', 'ru', 'sk'] as const;
type Language = (typeof LANGUAGES)[number];

/** [en, uk, ru, sk]; `{number}`, `{subject}`, `{date}` are filled in. */
const TEXT = {
  title: ['Contract {number} expires on {date}', 'Договір {number} спливає {date}', 'Договор {number} истекает {date}', 'Zmluva {number} končí {date}'],
  body: [
    'Contract {number}{subject} is valid until {date}: renew it or let the client know.',
    'Договір {number}{subject} діє до {date}: продовжте його або повідомте клієнта.',
    'Договор {number}{subject} действует до {date}: продлите его или сообщите клиенту.',
    'Zmluva {number}{subject} platí do {date}: predĺžte ju alebo dajte vedieť klientovi.',
  ],
  subject: [' ({subject})', ' ({subject})', ' ({subject})', ' ({subject})'],
} satisfies Record<string, readonly [string, string, string, string]>;

const languageOf = (locale: string | null | undefined): Language => LANGUAGES.find((l) => l === locale) ?? 'en';

/** A contract's end date (`2026-12-31`, a calendar day with no time zone) as the recipient reads dates. */
export function contractDate(date: string, locale: string | null | undefined): string {
  return new Intl.DateTimeFormat(languageOf(locale), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** Title and body of the notice that a contract is about to end, in the recipient's language. */
export function expiryNotice(locale: string | null | undefined, c: { number: string; subject?: string | null; validTo: string }): { title: string; body: string } {
  const n = LANGUAGES.indexOf(languageOf(locale));
  const subject = c.subject ? TEXT.subject[n]!.replace('{subject}', c.subject) : '';
  const fill = (text: string) => text.replace('{number}', c.number).replace('{subject}', subject).replace('{date}', contractDate(c.validTo, locale));
  return { title: fill(TEXT.title[n]!), body: fill(TEXT.body[n]!) };
}
