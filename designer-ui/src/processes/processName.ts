import type { TFunction } from 'i18next';

/** The names the shipped processes carry in their models (domain/sales/processes/*.bpmn). */
const shipped: Record<string, string> = {
  sales: 'Sales',
  'sales-pipeline': 'Sales pipeline (stages moved by hand)',
  'sales-shipment': 'Shipment control',
};

/**
 * A process as the user reads it: a shipped process still under its shipped name has a name in
 * each language; one a process owner named (or renamed) keeps the name they typed.
 */
export function processName(t: TFunction, key: string, name: string | null | undefined): string {
  if (shipped[key] !== undefined && (!name || name === shipped[key])) return t(`deals.processes.${key}`);
  return name || key;
}

/** A process as a choice in a filter or picker: its name in the user's words, with its key to tell apart two alike. */
export function processOption(t: TFunction, process: { key: string; name?: string | null }): { value: string; label: string } {
  const name = processName(t, process.key, process.name);
  return { value: process.key, label: name === process.key ? name : `${name} (${process.key})` };
}
