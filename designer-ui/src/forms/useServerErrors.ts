import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { describeError, describeFieldError } from '../api/describeError';

/**
 * Splits a failed submit into messages under inputs (from `errors[].field`, e.g. `body.password` -> `password`)
 * and one message for the whole form.
 */
export function useServerErrors<Field extends string>(fields: readonly Field[]) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);

  const byField: Partial<Record<Field, string>> = {};
  const unmatched: string[] = [];
  if (error instanceof ApiError) {
    for (const fieldError of error.errors) {
      const name = fieldError.field.replace(/^body\./, '').split('.')[0] as Field;
      const message = describeFieldError(t, fieldError);
      if (fields.includes(name)) byField[name] ??= message;
      else unmatched.push(message);
    }
  }
  const hasFieldErrors = Object.keys(byField).length > 0;
  const formError = error === null ? null : hasFieldErrors && unmatched.length === 0 ? null : [describeError(t, error), ...unmatched].join(' ');

  const clearField = useCallback((field: Field) => {
    setError((current: unknown) => {
      if (!(current instanceof ApiError)) return current;
      const rest = current.errors.filter((e) => e.field.replace(/^body\./, '').split('.')[0] !== field);
      if (rest.length === current.errors.length) return current;
      return rest.length === 0 ? null : new ApiError({ ...current, errors: rest });
    });
  }, []);

  return { error, byField, formError, setError, clearField };
}
