import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formValidationModule } from './formValidation';

export interface TaskFormHandle {
  /** Validates in the browser; the data when valid, null when the form shows errors. */
  submit(): Record<string, unknown> | null;
  /** Shows the server's messages on the fields they name (by field key). */
  showErrors(byKey: Record<string, string>): void;
}

interface FormField {
  id: string;
  key?: string;
}

/** A task's form-js schema rendered with the form-js viewer, prefilled with the task's input. */
export const TaskForm = forwardRef<TaskFormHandle, { schema: Record<string, unknown>; data: Record<string, unknown>; readOnly: boolean }>(function TaskForm(
  { schema, data, readOnly },
  ref,
) {
  const container = useRef<HTMLDivElement>(null);
  const form = useRef<Form | null>(null);
  const { t } = useTranslation();

  useEffect(() => {
    const f = new Form({ container: container.current!, properties: { readOnly }, additionalModules: [formValidationModule(t)] });
    form.current = f;
    // A schema written by hand may leave out the form's type, which form-js needs to render anything.
    void f.importSchema({ type: 'default', ...schema }, data);
    return () => {
      f.destroy();
      form.current = null;
    };
  }, [schema, data, readOnly, t]);

  useImperativeHandle(ref, () => ({
    submit() {
      const result = form.current?.submit();
      if (!result || Object.keys(result.errors).length) return null;
      return result.data as Record<string, unknown>;
    },
    showErrors(byKey) {
      const f = form.current;
      if (!f) return;
      const fields = (f.get('formFieldRegistry') as { getAll(): FormField[] }).getAll();
      const errors: Record<string, string[]> = {};
      for (const field of fields) if (field.key && byKey[field.key]) errors[field.id] = [byKey[field.key]!];
      // form-js keeps field errors in its state by field id; setting them is how it shows ours.
      f._setState({ errors });
    },
  }));

  return <div ref={container} data-testid="task-form" />;
});
