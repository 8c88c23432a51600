import { h } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import { is } from 'bpmn-js/lib/util/ModelUtil';
import i18n from 'i18next';
import { fieldLabels, readTaskForm } from './taskFormModel';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Element = any;
type Entry = { id: string; element: Element; component: (props: { element: Element; id: string }) => unknown; isEdited?: (node: unknown) => boolean };
type Group = { id: string; label: string; entries: Entry[] };

export const editTaskFormEvent = 'crm.taskForm.edit';

/** The Form group's entry: what the form asks, and the button that opens the form editor. */
function DesignFormEntry({ element, id }: { element: Element; id: string }) {
  const eventBus = useService<{ fire(e: string, data: object): void }>('eventBus');
  const labels = fieldLabels(readTaskForm(element));
  const t = (key: string, values: Record<string, unknown> = {}) => i18n.t(`designer.taskForm.${key}`, values);
  return h('div', { class: 'bio-properties-panel-entry crm-task-form-entry', 'data-entry-id': id }, [
    h('p', { class: 'crm-task-form-summary', 'data-testid': 'task-form-summary' }, labels.length ? t('fields', { count: labels.length, names: labels.join(', ') }) : t('none')),
    h(
      'button',
      { type: 'button', class: 'crm-task-form-button', 'data-testid': 'design-form', onClick: () => eventBus.fire(editTaskFormEvent, { element }) },
      labels.length ? t('edit') : t('design'),
    ),
  ]);
}

/** User tasks, and the process's plain start event: what its starter fills in when starting it. */
function takesForm(element: Element): boolean {
  if (is(element, 'bpmn:UserTask')) return true;
  const plainStart = is(element, 'bpmn:StartEvent') && !element.businessObject.eventDefinitions?.length;
  return plainStart && (is(element.parent, 'bpmn:Process') || is(element.parent, 'bpmn:Participant'));
}

/**
 * Puts the form editor into the panel's Form group of user tasks and of the start event. The Zeebe entries (linked
 * Camunda forms, external references) stay only on tasks whose model already uses them: this
 * engine runs the form the task carries.
 */
export class TaskFormPropertiesProvider {
  static $inject = ['propertiesPanel'];

  constructor(propertiesPanel: { registerProvider: (priority: number, provider: TaskFormPropertiesProvider) => void }) {
    // Below the Zeebe provider's priority: its groups exist when this one runs.
    propertiesPanel.registerProvider(300, this);
  }

  getGroups(element: Element) {
    return (groups: Group[]) => {
      if (!takesForm(element)) return groups;
      const design: Entry = { id: 'crmTaskForm', element, component: DesignFormEntry, isEdited: () => readTaskForm(element) !== null };
      const form = groups.find((g) => g.id === 'form');
      const linked = (element.businessObject.extensionElements?.values ?? []).some((v: Element) => v.$type === 'zeebe:FormDefinition' && !readTaskForm(element));
      if (form) form.entries = linked ? [design, ...form.entries] : [design];
      else groups.push({ id: 'form', label: i18n.t('designer.taskForm.group'), entries: [design] });
      return groups;
    };
  }
}
