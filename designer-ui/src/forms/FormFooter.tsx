import { Alert, Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  /** The server's message for the whole form (field messages sit under their fields). */
  error?: ReactNode;
  cancelLabel: string;
  onCancel: () => void;
  submitLabel: string;
  busy: boolean;
  submitTestId: string;
  submitColor?: string;
  submitDisabled?: boolean;
}

/** The end of a dialog's form: what went wrong for the whole form, then Cancel and the submit button (Enter submits). */
export function FormFooter({ error, cancelLabel, onCancel, submitLabel, busy, submitTestId, submitColor, submitDisabled }: Props) {
  return (
    <>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {cancelLabel}
        </Button>
        <Button type="submit" color={submitColor} loading={busy} disabled={submitDisabled} data-testid={submitTestId}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
