import type { Dispatch, SetStateAction } from 'react';

interface FieldErrors<Name extends string> {
  byField: Partial<Record<Name, string>>;
  clearField: (field: Name) => void;
}

/**
 * The value, server error and change handler of a text input bound to one field of a form's
 * state (spread onto a Mantine input); typing clears that field's error from the last submit.
 */
export function bindText<Form, Name extends keyof Form & string>(form: Form, setForm: Dispatch<SetStateAction<Form>>, errors: FieldErrors<Name>, name: Name) {
  return {
    value: form[name],
    error: errors.byField[name],
    onChange: (e: { currentTarget: HTMLInputElement }) => {
      const value = e.currentTarget.value;
      setForm((f) => ({ ...f, [name]: value }));
      errors.clearField(name);
    },
  };
}
