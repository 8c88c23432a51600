/** The languages the product speaks (UI and the user's choice). */
export const LOCALES = ['en', 'uk', 'ru', 'sk'] as const;
export type Locale = (typeof LOCALES)[number];

/** One text in every language, in LOCALES order, so a text missing a translation does not compile. */
export type Phrase = readonly [en: string, uk: string, ru: string, sk: string];

/** The reader's language: the one they chose when the product speaks it, English otherwise. */
export const localeOf = (chosen: string | null | undefined): Locale => LOCALES.find((l) => l === chosen) ?? 'en';

/** The phrase in that language. */
export const inLocale = (phrase: Phrase, locale: Locale): string => phrase[LOCALES.indexOf(locale)]!;
