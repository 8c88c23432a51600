import { inLocale, type Locale, type Phrase } from '../../access/index.ts';

export type ExportLanguage = Locale;

/**
 * Column headers of the client export, in the words of the client card.
 * Import recognises every one of them, so a file exported in any language reads back.
 */
export const exportHeaders = {
  id: ['Id', 'Id', 'Id', 'Id'],
  kind: ['Kind', 'Тип', 'Тип', 'Druh'],
  name: ['Name', 'Назва', 'Название', 'Názov'],
  legalName: ['Legal name', 'Повна юридична назва', 'Полное юридическое название', 'Obchodné meno'],
  taxId: ['Tax id', 'Код ЄДРПОУ / ІПН', 'Код ЕГРПОУ / ИНН', 'IČO / DIČ'],
  phones: ['Phones', 'Телефони', 'Телефоны', 'Telefóny'],
  emails: ['E-mails', 'E-mail адреси', 'E-mail адреса', 'E-maily'],
  website: ['Website', 'Вебсайт', 'Сайт', 'Webová stránka'],
  industry: ['Industry', 'Галузь', 'Отрасль', 'Odvetvie'],
  region: ['Region', 'Регіон', 'Регион', 'Región'],
  size: ['Size', 'Розмір', 'Размер', 'Veľkosť'],
  status: ['Status', 'Статус', 'Статус', 'Stav'],
  source: ['Source', 'Джерело', 'Источник', 'Zdroj'],
  tags: ['Tags', 'Мітки', 'Метки', 'Štítky'],
  abcClass: ['ABC class', 'Клас ABC', 'Класс ABC', 'Trieda ABC'],
  xyzClass: ['XYZ class', 'Клас XYZ', 'Класс XYZ', 'Trieda XYZ'],
  responsibleId: ['Responsible (user id)', 'Відповідальний (id користувача)', 'Ответственный (id пользователя)', 'Zodpovedný (id používateľa)'],
  createdAt: ['Created at', 'Створено', 'Создан', 'Vytvorené'],
} satisfies Record<string, Phrase>;

export type ExportColumn = keyof typeof exportHeaders;

export const exportHeader = (column: ExportColumn, language: ExportLanguage): string => inLocale(exportHeaders[column], language);

/** Sheet name of the export. */
export const exportSheetName = (language: ExportLanguage): string => ({ en: 'Clients', uk: 'Клієнти', ru: 'Клиенты', sk: 'Klienti' })[language];
