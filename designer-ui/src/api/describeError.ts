import type { TFunction } from 'i18next';
import { ApiError, type FieldError } from './client';

/** A sentence for the user, in their language, for any error a call can throw. */
export function describeError(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    if (t(key, { defaultValue: '', status: error.status }) !== '') return t(key, { status: error.status });
    if (error.status >= 500) return t('errors.internal_error');
    return error.detail ?? error.title;
  }
  const message = error instanceof Error ? error.message : String(error);
  return t('errors.unknown', { message });
}

/** The message for one field error: translated when the server sends a known code, else the server's text. */
export function describeFieldError(t: TFunction, error: FieldError): string {
  if (error.code) {
    const translated = t(`fieldErrors.${error.code}`, { defaultValue: '' });
    if (translated) return translated;
  }
  return error.message;
}
