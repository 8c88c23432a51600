import { describe, expect, it } from 'vitest';
import { missingRequiredFields } from './forms.ts';

const schema = {
  components: [
    { key: 'decision', label: 'Decision', type: 'radio', validate: { required: true } },
    { key: 'discount', label: 'Discount', type: 'number', validate: { min: 0, max: 30 } },
    { type: 'group', components: [{ key: 'code', label: 'Code', type: 'textfield', validate: { pattern: '^[A-Z]{2}-\\d+$', maxLength: 8 } }] },
    { key: 'broken', type: 'textfield', validate: { pattern: '([' } },
  ],
};

describe('form-js rules checked when a task is completed', () => {
  it('accepts a submission that keeps every rule', () => {
    expect(missingRequiredFields(schema, { decision: 'approve', discount: 30, code: 'AB-12', broken: 'x' })).toEqual([]);
  });

  it('names each field that breaks a rule, nested ones too', () => {
    expect(missingRequiredFields(schema, { discount: 45, code: 'ab-1' }).map((f) => [f.field, f.code])).toEqual([
      ['decision', 'required'],
      ['discount', 'out_of_range'],
      ['code', 'invalid_format'],
    ]);
    expect(missingRequiredFields(schema, { decision: 'x', discount: -1, code: 'AB-123456' }).map((f) => f.message)).toEqual([
      'Discount must be at least 0',
      'Code must have at most 8 characters',
    ]);
  });
});
