/* The bpmn-io packages below ship no TypeScript declarations; these name what the designer uses. */
declare module 'bpmn-js-properties-panel' {
  import type { ModuleDeclaration } from 'didi';
  export const BpmnPropertiesPanelModule: ModuleDeclaration;
  export const BpmnPropertiesProviderModule: ModuleDeclaration;
  export const ZeebePropertiesProviderModule: ModuleDeclaration;
  export function useService<T = unknown>(name: string): T;
}

declare module 'bpmn-js-element-templates' {
  import type { ModuleDeclaration } from 'didi';
  export const CloudElementTemplatesPropertiesProviderModule: ModuleDeclaration;
}

declare module 'camunda-bpmn-js-behaviors/lib/camunda-cloud' {
  import type { ModuleDeclaration } from 'didi';
  const module: ModuleDeclaration;
  export default module;
}

declare module 'bpmn-js-bpmnlint' {
  import type { ModuleDeclaration } from 'didi';
  const module: ModuleDeclaration;
  export default module;
}

declare module '@bpmn-io/properties-panel' {
  import type { VNode } from '@bpmn-io/properties-panel/preact';
  interface EntryProps {
    element: unknown;
    id: string;
    label: string;
    description?: string;
    getValue: () => unknown;
    setValue: (value: never) => void;
    debounce: (fn: unknown) => unknown;
  }
  export function TextFieldEntry(props: EntryProps): VNode;
  export function NumberFieldEntry(props: EntryProps & { min?: number; max?: number }): VNode;
  export function SelectEntry(props: Omit<EntryProps, 'debounce'> & { getOptions: () => { value: string; label: string }[] }): VNode;
  export function isTextFieldEntryEdited(node: unknown): boolean;
  export function isNumberFieldEntryEdited(node: unknown): boolean;
  export function isSelectEntryEdited(node: unknown): boolean;
}


declare module 'bpmnlint/rules/*' {
  const rule: unknown;
  export default rule;
}
