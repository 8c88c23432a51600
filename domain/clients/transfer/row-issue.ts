import type { z } from 'zod';

/** Values a row error names, for the screen's sentence in the user's language. */
export type IssueParams = Record<string, string | number>;

/**
 * What is wrong with a cell as a code the import screens translate (`importErrors.<code>`)
 * plus the values the sentence needs; the English `message` stays for API users. `special`
 * names the code of a field whose own rule failed (a tax id's check digits, a date's format).
 */
export function rowIssue(issue: z.core.$ZodIssue, special: Record<string, string> = {}): { code: string; params: IssueParams } {
  const top = String(issue.path[0] ?? '');
  const input = (issue as { input?: unknown }).input;
  const value: IssueParams = typeof input === 'string' && input.length <= 60 ? { value: input } : {};
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? { code: 'required', params: {} } : { code: 'invalid', params: value };
    case 'too_big':
      return { code: issue.origin === 'array' ? 'too_many' : 'too_long', params: { max: Number(issue.maximum) } };
    case 'too_small':
      return Number(issue.minimum) <= 1 ? { code: 'required', params: {} } : { code: 'too_short', params: { min: Number(issue.minimum) } };
    case 'invalid_value':
      return { code: 'invalid_option', params: { ...value, options: issue.values.map(String).join(', ') } };
    case 'invalid_format':
      if (special[top]) return { code: special[top], params: value };
      return { code: issue.format === 'email' ? 'invalid_email' : issue.format === 'url' ? 'invalid_url' : 'invalid', params: value };
    default:
      return { code: special[top] ?? 'invalid', params: value };
  }
}
