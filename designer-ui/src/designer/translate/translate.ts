import i18n from 'i18next';
import ru from '../../i18n/bpmn/ru.json';
import sk from '../../i18n/bpmn/sk.json';
import uk from '../../i18n/bpmn/uk.json';

/** English strings of bpmn-js plugins that read wrong as written ("1 Errors, 0 Warnings"). */
const en = { '{errors} Errors, {warnings} Warnings': 'Errors: {errors}, warnings: {warnings}' };

/** bpmn-js strings (palette, context pad, change-element menu, properties panel) by language; English is the key. */
const dictionaries: Record<string, Record<string, string>> = { en, uk, ru, sk };

/**
 * The `translate` service of bpmn-js and its properties panel. It reads the user's language at
 * each call, so what renders after a language switch speaks the new language; strings without an
 * entry stay as bpmn-js wrote them.
 */
export function translate(template: string, replacements: Record<string, string> = {}): string {
  const text = dictionaries[i18n.language]?.[template] ?? template;
  return text.replace(/{([^}]+)}/g, (whole, key: string) => replacements[key] ?? whole);
}
