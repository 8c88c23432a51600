import { FormEditor } from '@bpmn-io/form-js-editor';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import type Modeler from 'bpmn-js/lib/Modeler';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { editTaskFormEvent } from './task-form/TaskFormPropertiesProvider';
import { readTaskForm, userTaskForm, writeTaskForm, type FormSchema } from './task-form/taskFormModel';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Element = any;

const blankForm = (taskId: string): FormSchema => ({ type: 'default', id: `${taskId}_form`, components: [] });

/**
 * The form-js editor in a dialog: opened from the Form group of a user task's panel, it edits
 * the form the task shows in the inbox and saves it into the task (one undoable change).
 */
export function TaskFormEditor({ modeler }: { modeler: Modeler | null }) {
  const { t } = useTranslation();
  const [element, setElement] = useState<Element | null>(null);
  const [broken, setBroken] = useState(false);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const editor = useRef<FormEditor | null>(null);

  useEffect(() => {
    if (!modeler) return;
    const eventBus = modeler.get('eventBus') as { on(e: string, fn: (e: { element: Element }) => void): void; off(e: string, fn: unknown): void };
    const open = (event: { element: Element }) => setElement(event.element);
    eventBus.on(editTaskFormEvent, open);
    return () => eventBus.off(editTaskFormEvent, open);
  }, [modeler]);

  useEffect(() => {
    if (!element || !container) return;
    const schema = readTaskForm(element);
    // A form whose JSON does not parse is not thrown away silently: the editor starts blank and says so.
    setBroken(!schema && Boolean(userTaskForm(element)?.body));
    const created = new FormEditor({ container });
    editor.current = created;
    void created.importSchema(schema ?? blankForm(element.id));
    return () => {
      created.destroy();
      editor.current = null;
    };
  }, [element, container]);

  const save = () => {
    if (modeler && element && editor.current) writeTaskForm(modeler as never, element, editor.current.saveSchema() as FormSchema);
    setElement(null);
  };

  return (
    <Modal
      opened={element !== null}
      onClose={() => setElement(null)}
      title={t('designer.taskForm.title', { name: element?.businessObject?.name || element?.id || '' })}
      size="calc(100vw - 64px)"
      data-testid="task-form-editor"
    >
      {broken ? (
        <Alert color="orange" mb="sm">
          {t('designer.taskForm.broken')}
        </Alert>
      ) : null}
      <Text size="sm" c="dimmed" mb="xs">
        {t('designer.taskForm.hint')}
      </Text>
      <div ref={setContainer} className="crm-form-editor" data-testid="form-editor-canvas" />
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={() => setElement(null)} data-testid="task-form-cancel">
          {t('designer.taskForm.cancel')}
        </Button>
        <Button onClick={save} data-testid="task-form-save">
          {t('designer.taskForm.save')}
        </Button>
      </Group>
    </Modal>
  );
}
