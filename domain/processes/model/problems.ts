import type { ModelProblem } from './graph.ts';
import { shortType } from './lint.ts';
import type { Element } from './parse.ts';
import { reasonFields, type Reason } from './reasons.ts';

/** Collects every problem of a model so the process owner sees all of them at once. */
export class Problems {
  readonly list: ModelProblem[] = [];

  add(element: Element, reason: Reason, rule: string): void {
    this.list.push({
      elementId: element?.id ?? '',
      elementType: element?.$type ? shortType(element.$type) : 'element',
      ...(element?.name ? { name: element.name } : {}),
      ...reasonFields(reason),
      rule,
    });
  }
}
