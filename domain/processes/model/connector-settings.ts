import type { Mapping } from './graph.ts';

/**
 * What each of our connectors cannot run without (activities/*.connector.ts fail the step with
 * `connector.config` when it is missing). Deploy refuses the model instead, so the process owner
 * hears it at once rather than from a stuck instance. `fromInput`: the connector also reads the
 * setting from the step's input, so an input mapping to that name supplies it too.
 */
const required: Record<string, { setting: string; fromInput: boolean; alias?: string }[]> = {
  mail: [{ setting: 'to', fromInput: true }, { setting: 'subject', fromInput: true }],
  notify: [{ setting: 'title', fromInput: true }],
  document: [{ setting: 'templateType', fromInput: false, alias: 'documentType' }],
  http: [{ setting: 'url', fromInput: true }],
};

/** The settings a step of this task type leaves empty, in the order the connector's form shows them. */
export function missingSettings(taskType: string, headers: Record<string, string>, inputs: Mapping[]): string[] {
  const given = (key: string | undefined) => key !== undefined && Boolean(headers[key]?.trim());
  return (required[taskType] ?? [])
    .filter(({ setting, fromInput, alias }) => !given(setting) && !given(alias) && !(fromInput && inputs.some((m) => m.target === setting)))
    .map(({ setting }) => setting);
}
