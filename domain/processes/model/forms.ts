import { ext } from './extensions.ts';
import type { UserTaskNode } from './graph.ts';
import type { Element } from './parse.ts';

const formKeyPrefix = 'camunda-forms:bpmn:';

/**
 * The task's embedded form-js schema: Camunda 8 keeps it on the process (`zeebe:userTaskForm`)
 * and points at it with `formKey="camunda-forms:bpmn:<id>"`, which is what the designer's form
 * editor and the properties panel write; older models of ours keep it inside the task itself.
 */
function embeddedForm(el: Element, formKey: unknown): Element | undefined {
  const own = el.extensionElements?.values?.find((v: Element) => v.$type === 'zeebe:UserTaskForm');
  if (own || typeof formKey !== 'string' || !formKey.startsWith(formKeyPrefix)) return own;
  const id = formKey.slice(formKeyPrefix.length);
  let root = el.$parent;
  while (root && root.$type !== 'bpmn:Process' && root.$parent) root = root.$parent;
  return root?.extensionElements?.values?.find((v: Element) => v.$type === 'zeebe:UserTaskForm' && v.id === id);
}

/** The form a user task or a none start event carries: linked, external, or its form-js schema. */
export function formOf(el: Element): UserTaskNode['form'] | undefined {
  const formDef = ext(el, 'zeebe:FormDefinition');
  const embedded = embeddedForm(el, formDef?.formKey);
  if (!formDef && !embedded) return undefined;
  return {
    ...(formDef?.formId ? { formId: String(formDef.formId) } : {}),
    ...(formDef?.formKey ? { formKey: String(formDef.formKey) } : {}),
    ...(formDef?.externalReference ? { externalReference: String(formDef.externalReference) } : {}),
    ...(embedded?.body ? { schema: String(embedded.body) } : {}),
  };
}
