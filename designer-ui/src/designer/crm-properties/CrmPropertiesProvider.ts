import { h } from '@bpmn-io/properties-panel/preact';
import { isNumberFieldEntryEdited, isSelectEntryEdited, isTextFieldEntryEdited, NumberFieldEntry, SelectEntry, TextFieldEntry } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';
import i18n from 'i18next';

// bpmn-js elements and moddle objects are dynamic; the panel API hands them over untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Element = any;
type Entry = { id: string; element: Element; component: (props: { element: Element; id: string }) => unknown; isEdited: (node: unknown) => boolean };
type Group = { id: string; label: string; entries: Entry[] };

const t = (key: string) => i18n.t(`designer.crm.${key}`);

/** The element whose business object carries the attribute: a pool's attributes live on its process. */
function holder(element: Element) {
  const bo = getBusinessObject(element);
  return is(element, 'bpmn:Participant') ? bo.processRef : bo;
}

function useUpdate(element: Element) {
  const modeling = useService<{ updateModdleProperties: (el: Element, bo: Element, props: object) => void }>('modeling');
  return (name: string, value: unknown) => modeling.updateModdleProperties(element, holder(element), { [name]: value === '' || value === null ? undefined : value });
}

function textEntry(name: string, labelKey: string, descriptionKey?: string) {
  return function CrmText({ element, id }: { element: Element; id: string }) {
    const update = useUpdate(element);
    return h(TextFieldEntry, {
      element,
      id,
      label: t(labelKey),
      description: descriptionKey ? t(descriptionKey) : undefined,
      getValue: () => holder(element)?.get(name) ?? '',
      setValue: (value: string) => update(name, value?.trim()),
      debounce: useService<(fn: unknown) => unknown>('debounceInput'),
    });
  };
}

function ProbabilityEntry({ element, id }: { element: Element; id: string }) {
  const update = useUpdate(element);
  return h(NumberFieldEntry, {
    element,
    id,
    label: t('winProbability'),
    description: t('winProbabilityHint'),
    min: 0,
    max: 100,
    getValue: () => holder(element)?.get('crm:winProbability'),
    setValue: (value: number | undefined) => update('crm:winProbability', value === undefined || Number.isNaN(value) ? undefined : value),
    debounce: useService<(fn: unknown) => unknown>('debounceInput'),
  });
}

function AssignmentRuleEntry({ element, id }: { element: Element; id: string }) {
  const update = useUpdate(element);
  return h(SelectEntry, {
    element,
    id,
    label: t('assignmentRule'),
    getValue: () => holder(element)?.get('crm:assignmentRule') ?? 'claim',
    setValue: (value: string) => update('crm:assignmentRule', value === 'claim' ? undefined : value),
    getOptions: () => ['claim', 'roundRobin', 'leastLoaded'].map((value) => ({ value, label: t(`rules.${value}`) })),
  });
}

const stage = textEntry('crm:stage', 'stage', 'stageHint');
const calendar = textEntry('crm:calendar', 'calendar', 'calendarHint');

/** Entries of the CRM group for an element: stage on steps, calendar on processes and user tasks. */
export function crmEntries(element: Element): Entry[] {
  const entry = (id: string, component: Entry['component'], isEdited: Entry['isEdited']): Entry => ({ id, element, component, isEdited });
  if (is(element, 'bpmn:Process') || (is(element, 'bpmn:Participant') && holder(element))) {
    return [entry('crmCalendar', calendar, isTextFieldEntryEdited)];
  }
  if (!is(element, 'bpmn:FlowNode')) return [];
  const entries = [entry('crmStage', stage, isTextFieldEntryEdited), entry('crmWinProbability', ProbabilityEntry, isNumberFieldEntryEdited)];
  if (is(element, 'bpmn:UserTask')) {
    entries.push(entry('crmAssignmentRule', AssignmentRuleEntry, isSelectEntryEdited), entry('crmCalendar', calendar, isTextFieldEntryEdited));
  }
  return entries;
}

/** Adds a "CRM" group (stage, win probability, assignment rule, business calendar) to the panel. */
export class CrmPropertiesProvider {
  static $inject = ['propertiesPanel'];

  constructor(propertiesPanel: { registerProvider: (priority: number, provider: CrmPropertiesProvider) => void }) {
    propertiesPanel.registerProvider(400, this);
  }

  getGroups(element: Element) {
    return (groups: Group[]) => {
      const entries = crmEntries(element);
      if (entries.length) groups.splice(Math.min(1, groups.length), 0, { id: 'crm', label: t('group'), entries });
      return groups;
    };
  }
}
