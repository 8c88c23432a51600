import { translate } from '../designer/translate/translate';

// Where bpmn-js names a type other than by splitting its camelCase name.
const named: Record<string, string> = { subProcess: 'Sub-process', process: 'Process' };

/** "sendTask" (a BPMN type as the server reports it) as the palette names it, in the user's language. */
export function elementTypeLabel(type: string): string {
  const words = type.replace(/^bpmn:/, '').replace(/^./, (c) => c.toLowerCase());
  const english = named[words] ?? words.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/^./, (c) => c.toUpperCase());
  return translate(english);
}
