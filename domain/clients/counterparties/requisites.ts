import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

const digits = (s: string) => [...s].map(Number);

/** Ukrainian EDRPOU (8 digits): weights 1..7 (or 7,1..6 for 30–60 million), a second pass +2 when the sum is 10. */
export function isValidEdrpou(value: string): boolean {
  if (!/^\d{8}$/.test(value)) return false;
  const d = digits(value);
  const n = Number(value);
  const base = n < 30000000 || n > 60000000 ? [1, 2, 3, 4, 5, 6, 7] : [7, 1, 2, 3, 4, 5, 6];
  const sum = (w: number[]) => w.reduce((acc, wi, i) => acc + wi * d[i]!, 0) % 11;
  let check = sum(base);
  if (check === 10) check = sum(base.map((w) => w + 2)) % 10;
  return check === d[7];
}

/** Ukrainian individual tax number (RNOKPP / IPN, 10 digits) with its control digit. */
export function isValidIpn(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  const d = digits(value);
  const weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
  const sum = weights.reduce((acc, w, i) => acc + w * d[i]!, 0);
  return ((sum % 11) + 11) % 11 % 10 === d[9];
}

export type TaxIdKind = 'edrpou' | 'ipn' | 'other';

/** Which kind a tax id is, or why it is refused. Generic ids are 2–20 letters and digits. */
export function checkTaxId(value: string, kind?: TaxIdKind): { kind: TaxIdKind } | { error: string } {
  const v = value.replace(/[\s-]/g, '');
  const as = kind ?? (/^\d{8}$/.test(v) ? 'edrpou' : /^\d{10}$/.test(v) ? 'ipn' : 'other');
  if (as === 'edrpou') return isValidEdrpou(v) ? { kind: as } : { error: 'Not a valid EDRPOU code (8 digits with a check digit)' };
  if (as === 'ipn') return isValidIpn(v) ? { kind: as } : { error: 'Not a valid individual tax number (10 digits with a check digit)' };
  return /^[A-Z0-9]{2,20}$/i.test(v) ? { kind: 'other' } : { error: 'A tax id is 2–20 letters and digits' };
}

export const normalTaxId = (value: string) => value.replace(/[\s-]/g, '').toUpperCase();

/** E.164 form of a phone number (`+380441234567`), read as Ukrainian when it has no country code. */
export function toE164(raw: string, country: CountryCode = 'UA'): string | null {
  const parsed = parsePhoneNumberFromString(raw, country);
  return parsed && parsed.isValid() ? parsed.number : null;
}
