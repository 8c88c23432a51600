import type { TFunction } from 'i18next';

/**
 * A stage as the user reads it. The stage names of the shipped processes (New, Qualified, …
 * Payment control) have a name in each language; a stage a process owner typed is shown as
 * typed. The stored name stays the model's: it is what moves, BI and the API go by.
 */
export function stageName(t: TFunction, stage: string): string {
  // Only plain words can be keys: "." and ":" mean nesting and namespaces to i18next.
  if (!/^[\p{L}\p{N} _-]+$/u.test(stage)) return stage;
  return t(`deals.stageNames.${stage}`, { defaultValue: stage });
}
