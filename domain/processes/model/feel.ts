import { parseExpression } from 'feelin';
import type { Value } from './graph.ts';

/** Null when the FEEL expression parses, otherwise the reason: empty, or where the syntax breaks. */
export function feelSyntaxError(expression: string): string | { position: number } | null {
  if (!expression.trim()) return 'The expression is empty';
  const tree = parseExpression(expression, {}, undefined);
  let error: { position: number } | null = null;
  tree.iterate({
    enter: (node) => {
      if (node.type.isError && !error) error = { position: node.from + 1 };
    },
  });
  return error;
}

/** Zeebe convention: a value starting with `=` is a FEEL expression, anything else is literal. */
export function toValue(raw: string): Value {
  const text = raw.trim();
  return text.startsWith('=') ? { feel: text.slice(1).trim() } : { literal: text };
}
