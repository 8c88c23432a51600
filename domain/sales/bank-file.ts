import { DomainError } from '../errors.ts';

/** One incoming payment read from a bank statement, with the line it starts on. */
export interface BankRow {
  line: number;
  number: string | null;
  date: string;
  amount: number;
  currency: string | null;
  payerName: string | null;
  payerTaxId: string | null;
  payerAccount: string | null;
  payeeAccount: string | null;
  purpose: string | null;
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else windows-1251 (1C's "Кодировка=Windows"). */
export function decodeBankFile(content: Buffer): { text: string; encoding: 'utf-8' | 'windows-1251' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(content).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(content), encoding: 'windows-1251' };
  }
}

/** A problem in a bank file: 422 naming the line, so the person can open the file there. */
export function fileError(line: number, message: string, field = 'content'): DomainError {
  return new DomainError('bank_file.malformed', `Line ${line}: ${message}`, 422, [{ field, code: 'bank_file.malformed', message, params: { line } }]);
}

/** 2026-11-05 or 05.11.2026 → 2026-11-05; null when neither. */
export function parseDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return valid(m[1]!, m[2]!, m[3]!);
  m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(t);
  return m ? valid(m[3]!, m[2]!, m[1]!) : null;
}

function valid(y: string, mo: string, d: string): string | null {
  const iso = `${y}-${mo}-${d}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}
