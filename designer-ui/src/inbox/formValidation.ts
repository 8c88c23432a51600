import type { TFunction } from 'i18next';

/**
 * form-js (1.23) writes its validation messages in English and has no translation API; these
 * patterns turn the ones our forms can show into the user's language (anything else stays).
 */
const patterns: [RegExp, string][] = [
  [/^Field is required\.$/, 'required'],
  [/^Value is not a number\.$/, 'notNumber'],
  [/^Value is expected to be an integer\.$/, 'integer'],
  [/^Value is expected to have at most (?<digits>\d+) decimal digits?\.$/, 'decimals'],
  [/^Field must have minimum value of (?<min>.+)\.$/, 'min'],
  [/^Field must have maximum value of (?<max>.+)\.$/, 'max'],
  [/^Field must have minimum length of (?<min>.+)\.$/, 'minLength'],
  [/^Field must have maximum length of (?<max>.+)\.$/, 'maxLength'],
  [/^Field must match pattern (?<pattern>.+)\.$/, 'pattern'],
  [/^Field must be a valid email\.$/, 'email'],
  [/^Field must be a valid {2}international phone number\. \(e\.g\. \+4930664040900\)$/, 'phone'],
];

export function translateFormError(t: TFunction, message: string): string {
  for (const [pattern, key] of patterns) {
    const match = pattern.exec(message);
    if (match) return t(`formValidation.${key}`, match.groups ?? {});
  }
  return message;
}

interface Validator {
  validateField(field: unknown, value: unknown): string[];
  validateFieldInstance(instance: unknown, value: unknown): string[];
}

/**
 * A form-js module that wraps the viewer's own validator: same checks, messages translated.
 * Installed through `additionalModules`, the way form-js (a didi injector) is extended.
 */
export function formValidationModule(t: TFunction) {
  function TranslatedValidation(validator: Validator) {
    // Submitting checks field instances; older code paths still check fields.
    const checkInstance = validator.validateFieldInstance.bind(validator);
    const checkField = validator.validateField.bind(validator);
    validator.validateFieldInstance = (instance, value) => checkInstance(instance, value).map((m) => translateFormError(t, m));
    validator.validateField = (field, value) => checkField(field, value).map((m) => translateFormError(t, m));
  }
  TranslatedValidation.$inject = ['validator'];
  return { __init__: ['translatedValidation'], translatedValidation: ['type', TranslatedValidation] };
}
