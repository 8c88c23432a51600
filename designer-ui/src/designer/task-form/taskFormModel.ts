import { getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';

// bpmn-js elements and moddle objects are dynamic; the modeler hands them over untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Element = any;

export interface FormSchema {
  components?: { key?: string; label?: string; type?: string }[];
  [other: string]: unknown;
}

interface Services {
  get(name: 'modeling'): { updateModdleProperties(el: Element, bo: Element, props: object): void; updateProperties(el: Element, props: object): void };
  get(name: 'bpmnFactory'): { create(type: string, attrs?: object): Element };
}

const formKeyPrefix = 'camunda-forms:bpmn:';

/**
 * The `zeebe:userTaskForm` holding the task's form-js schema: inside the task (how the designer
 * writes it, and the default processes keep it) or, in models from Camunda Modeler, on the
 * process, named by the task's `formKey`.
 */
export function userTaskForm(element: Element): Element | undefined {
  const bo = getBusinessObject(element);
  const values: Element[] = bo.extensionElements?.values ?? [];
  const own = values.find((v) => v.$type === 'zeebe:UserTaskForm');
  if (own) return own;
  const formKey: unknown = values.find((v) => v.$type === 'zeebe:FormDefinition')?.formKey;
  if (typeof formKey !== 'string' || !formKey.startsWith(formKeyPrefix)) return undefined;
  let root = bo.$parent;
  while (root && root.$type !== 'bpmn:Process' && root.$parent) root = root.$parent;
  const id = formKey.slice(formKeyPrefix.length);
  return (root?.extensionElements?.values ?? []).find((v: Element) => v.$type === 'zeebe:UserTaskForm' && v.id === id);
}

/** The task's form as form-js reads it; null when it has none or its JSON is broken. */
export function readTaskForm(element: Element): FormSchema | null {
  const body = userTaskForm(element)?.body;
  if (!body) return null;
  try {
    return JSON.parse(body) as FormSchema;
  } catch {
    return null;
  }
}

/** The labels of the form's fields, in order, for the panel's summary. */
export function fieldLabels(schema: FormSchema | null): string[] {
  return (schema?.components ?? []).filter((c) => c.key).map((c) => c.label || c.key!);
}

/** Saves the schema into the task (one undoable change each), creating the form on first save. */
export function writeTaskForm(services: Services, element: Element, schema: FormSchema): void {
  const modeling = services.get('modeling');
  const body = JSON.stringify(schema);
  const existing = userTaskForm(element);
  if (existing) return modeling.updateModdleProperties(element, existing, { body });
  const bo = getBusinessObject(element);
  const factory = services.get('bpmnFactory');
  const form = factory.create('zeebe:UserTaskForm', { id: `${bo.id}_form`, body });
  if (bo.extensionElements) {
    form.$parent = bo.extensionElements;
    modeling.updateModdleProperties(element, bo.extensionElements, { values: [...bo.extensionElements.values, form] });
  } else {
    const extensionElements = factory.create('bpmn:ExtensionElements', { values: [form] });
    form.$parent = extensionElements;
    extensionElements.$parent = bo;
    modeling.updateProperties(element, { extensionElements });
  }
}
