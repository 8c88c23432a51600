/** The validator ships no declarations; this is the one call the template test makes. */
declare module '@bpmn-io/element-templates-validator' {
  export function validateZeebe(template: unknown): { valid: boolean; object: unknown; errors?: unknown[] };
}
