import { inLocale, localeOf, type Locale, type Phrase } from '../access/index.ts';
import type { requestChannels } from './incoming-request.entity.ts';
import type { InteractionKind } from './interaction.entity.ts';

/** A notice speaks its recipient's language, English when they chose none. Impersonal, so one sentence fits every kind's gender; `{kind}`, `{subject}`, `{at}` are filled in. */
const TEXT = {
  reminder: ['Reminder', 'Нагадування', 'Напоминание', 'Pripomienka'],
  interactionReminder: ['{kind} “{subject}”: {at}', '{kind} «{subject}»: {at}', '{kind} «{subject}»: {at}', '{kind} „{subject}“: {at}'],
  overdueTitle: ['Overdue contact', 'Прострочений контакт', 'Просроченный контакт', 'Zmeškaný kontakt'],
  overdueBody: [
    '{kind} “{subject}” was planned for {at} and is not done',
    '{kind} «{subject}»: заплановано на {at}, не виконано',
    '{kind} «{subject}»: запланировано на {at}, не выполнено',
    '{kind} „{subject}“: naplánované na {at}, nevykonané',
  ],
  incomingRequest: ['Incoming {channel} from {from}', '{channel}: звернення від {from}', '{channel}: обращение от {from}', '{channel}: požiadavka od {from}'],
  // Channels of an incoming request; English keeps the lower-case word of its earlier title.
  phone: ['phone', 'Телефон', 'Телефон', 'Telefón'],
  messenger: ['messenger', 'Месенджер', 'Мессенджер', 'Messenger'],
  sms: ['sms', 'SMS', 'SMS', 'SMS'],
  web: ['website', 'Сайт', 'Сайт', 'Web'],
  visit: ['visit', 'Візит', 'Визит', 'Návšteva'],
  mail: ['email', 'E-mail', 'E-mail', 'E-mail'],
  call: ['Call', 'Дзвінок', 'Звонок', 'Hovor'],
  meeting: ['Meeting', 'Зустріч', 'Встреча', 'Stretnutie'],
  email: ['E-mail', 'Лист', 'Письмо', 'E-mail'],
  note: ['Note', 'Нотатка', 'Заметка', 'Poznámka'],
  contact: ['Contact', 'Контакт', 'Контакт', 'Kontakt'],
} satisfies Record<string, Phrase>;

const say = (key: keyof typeof TEXT, locale: Locale) => inLocale(TEXT[key], locale);

/** Who reads a notice: their language and time zone (null: English, UTC). */
export interface Reader {
  locale: string | null;
  timeZone: string | null;
}

/**
 * A time as the recipient reads it: in their language and zone, with the zone's short name so a
 * reader travelling (or a colleague forwarded the e-mail) still knows which clock it means.
 */
export function noticeTime(at: Date, reader: Reader): string {
  const options = { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' } as const;
  try {
    return new Intl.DateTimeFormat(localeOf(reader.locale), { ...options, timeZone: reader.timeZone ?? 'UTC' }).format(at);
  } catch {
    // A zone this runtime no longer knows (tz data renamed it): UTC, named, is still right.
    return new Intl.DateTimeFormat(localeOf(reader.locale), { ...options, timeZone: 'UTC' }).format(at);
  }
}

type Planned = { kind: InteractionKind; subject: string; at: Date };
const fill = (text: string, locale: Locale, reader: Reader, i: Planned) =>
  text.replace('{kind}', say(i.kind, locale)).replace('{subject}', i.subject).replace('{at}', noticeTime(i.at, reader));

/** A reminder: its own text, or for a planned contact its kind, subject and time, in the recipient's language and zone. */
export function reminderNotice(reader: Reader, text: string, i: Planned | null): { title: string; body: string } {
  const locale = localeOf(reader.locale);
  return { title: say('reminder', locale), body: i ? fill(say('interactionReminder', locale), locale, reader, i) : text };
}

/** Title and body of the notice that a planned contact is overdue, in the recipient's language and zone. */
export function overdueNotice(reader: Reader, i: Planned): { title: string; body: string } {
  const locale = localeOf(reader.locale);
  return { title: say('overdueTitle', locale), body: fill(say('overdueBody', locale), locale, reader, i) };
}

/** The title of the notice that a request came in for the addressee, in their language. */
export function incomingRequestTitle(chosen: string | null | undefined, r: { channel: (typeof requestChannels)[number]; sender: string }): string {
  const locale = localeOf(chosen);
  // `email` names the interaction kind ("E-mail" / "Лист"); as a channel it reads as the address kind.
  return say('incomingRequest', locale).replace('{channel}', say(r.channel === 'email' ? 'mail' : r.channel, locale)).replace('{from}', r.sender);
}
