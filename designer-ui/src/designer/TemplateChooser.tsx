import { Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import type Modeler from 'bpmn-js/lib/Modeler';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedTemplates, type ElementTemplate as Template } from './element-templates';

/**
 * The list a process owner picks a connector from ("Select" in the panel's Template group):
 * the template then writes the task type and shows a form for its fields.
 */
export function TemplateChooser({ modeler }: { modeler: Modeler | null }) {
  const { t, i18n } = useTranslation();
  const [element, setElement] = useState<unknown>(null);
  const templates = useMemo(() => localizedTemplates(t), [t]);

  // The panel's template forms follow the language picked after the designer opened.
  useEffect(() => {
    if (modeler) (modeler.get('elementTemplates') as { set(list: Template[]): void }).set(templates);
  }, [modeler, templates, i18n.language]);

  useEffect(() => {
    if (!modeler) return;
    const eventBus = modeler.get('eventBus') as { on(e: string, fn: (e: { element: unknown }) => void): void; off(e: string, fn: unknown): void };
    const open = (event: { element: unknown }) => setElement(event.element);
    eventBus.on('elementTemplates.select', open);
    return () => eventBus.off('elementTemplates.select', open);
  }, [modeler]);

  const apply = (template: Template) => {
    const service = modeler!.get('elementTemplates') as { applyTemplate(el: unknown, t: Template): unknown };
    const applied = service.applyTemplate(element, template);
    // Applying may replace the element (a task becomes a send task); keep the new one selected.
    (modeler!.get('selection') as { select(el: unknown): void }).select(applied);
    setElement(null);
  };

  return (
    <Modal opened={element !== null} onClose={() => setElement(null)} title={t('designer.templates.title')} data-testid="template-chooser">
      <Stack gap="xs">
        {templates.map((template) => (
          <UnstyledButton
            key={template.id}
            onClick={() => apply(template)}
            p="sm"
            style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}
            data-testid={`template-${template.id}`}
          >
            <Text fw={600}>{template.name}</Text>
            <Text size="sm" c="dimmed">
              {template.description}
            </Text>
          </UnstyledButton>
        ))}
      </Stack>
    </Modal>
  );
}
