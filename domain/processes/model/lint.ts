import { createRequire } from 'node:module';
import type { Element } from './parse.ts';
import type { ModelProblem } from './graph.ts';

const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

/** Our rule set (shared with the designer's lint-as-you-draw): structural errors refuse a model, style issues only warn. */
const rules = require('./lint-rules.json') as Record<string, 'error' | 'warn'>;


interface Report {
  id: string;
  message: string;
  category: 'error' | 'warn' | 'rule-error';
}

export async function lintModel(definitions: Element, byId: Map<string, Element>): Promise<{ errors: ModelProblem[]; warnings: ModelProblem[] }> {
  // A new linter per model: some rules keep state between runs (duplicate flows were reported
  // when the same model was linted twice).
  const linter = new Linter({ config: { rules }, resolver: new NodeResolver() });
  const reports: Record<string, Report[]> = await linter.lint(definitions);
  const errors: ModelProblem[] = [];
  const warnings: ModelProblem[] = [];
  for (const [rule, list] of Object.entries(reports)) {
    for (const r of list) {
      const element = byId.get(r.id);
      const problem: ModelProblem = {
        elementId: r.id ?? '',
        elementType: element ? shortType(element.$type) : 'element',
        ...(element?.name ? { name: element.name } : {}),
        reason: r.message,
        rule: `lint.${rule}`,
      };
      (r.category === 'warn' ? warnings : errors).push(problem);
    }
  }
  return { errors, warnings };
}

export function shortType(type: string): string {
  return type.replace(/^bpmn:/, '').replace(/^./, (c) => c.toLowerCase());
}
