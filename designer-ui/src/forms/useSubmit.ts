import { useState, type FormEvent } from 'react';

/**
 * A dialog's submit: busy while the request runs, the server's refusal handed to `onError`
 * (the form's field errors), the dialog's own `onDone` only when it succeeded.
 */
export function useSubmit<T>(send: () => Promise<T>, onDone: (result: T) => void, onError: (err: unknown) => void) {
  const [busy, setBusy] = useState(false);
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setBusy(true);
    onError(null);
    try {
      onDone(await send());
    } catch (err) {
      onError(err);
      setBusy(false);
    }
  };
  return { busy, submit };
}
