import { Anchor, Collapse, Table } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from './types';
import { showValue } from './values';

interface FieldChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
  /** The server names the records an id points at (responsible, team, parent client). */
  oldLabel?: string | null;
  newLabel?: string | null;
}

/** The server groups one save into one entry; `data.fields` lists what it changed. */
const fieldsOf = (e: TimelineEntry): FieldChange[] => (Array.isArray(e.data.fields) ? (e.data.fields as FieldChange[]) : []);

/** Fields whose stored codes the card shows by name (clients.<group>.<code>). */
const named: Record<string, string> = { kind: 'kind', size: 'size', status: 'status', relationships: 'relationship', decisionRole: 'decisionRole' };

/** A merge is logged as {mergedName, moved, …}: the reader needs the other client's name. */
const mergedName = (value: unknown) => (value && typeof value === 'object' && 'mergedName' in value ? String(value.mergedName) : null);

/** A stored value as the card would show it: names of referenced records, codes by name, yes/no for flags, the rest as the history shows it. */
export function valueOf(t: TFunction, field: string, value: unknown, label?: string | null): string {
  if (label) return label;
  if (typeof value === 'boolean') return value ? t('clients.timeline.yes') : t('clients.timeline.no');
  if (field === 'taxIdKind' && typeof value === 'string') return value.toUpperCase();
  if (field === 'mergedFrom' || field === 'mergedInto') return mergedName(value) ?? showValue(value);
  const group = named[field];
  if (!group) return showValue(value);
  const codes = (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string');
  return codes.map((v) => t(`clients.${group}.${v}`, { defaultValue: v })).join(', ') || '—';
}

/** "Client changed: Phones, Status" / "Contact Ivan Petrenko added", field names as the card labels them. */
export function changeTitle(t: TFunction, e: TimelineEntry): string {
  const d = e.data as { recordType?: string; action?: string; name?: string | null };
  const fields = fieldsOf(e)
    .map((f) => t(`clients.field.${f.field}`, { defaultValue: f.field }))
    .join(', ');
  // A client entry names a client only when it is another one: one merged into this client.
  const suffix = d.recordType === 'counterparty' ? (d.name ? '_merged' : '') : d.name ? '' : '_unnamed';
  const key = `clients.timeline.change.${d.recordType}_${d.action}${suffix}`;
  return t(key, { fields, name: d.name ?? '', defaultValue: e.title });
}

/** Old → new (old dimmed) of every field of the entry, folded until asked for. */
export function ChangeDetails({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const fields = fieldsOf(entry);
  if (fields.length === 0) return null;
  // A new record has only new values, a deleted one only old ones.
  const shown = entry.data.action === 'update' ? ['oldValue', 'newValue'] as const : entry.data.action === 'delete' ? ['oldValue'] as const : ['newValue'] as const;
  return (
    <>
      <Anchor component="button" type="button" size="xs" onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid="timeline-change-toggle">
        {open ? t('clients.timeline.hideChanges') : t('clients.timeline.showChanges', { count: fields.length })}
      </Anchor>
      <Collapse expanded={open}>
        <Table withRowBorders={false} fz="xs" data-testid="timeline-change-fields">
          <Table.Tbody>
            {fields.map((f) => (
              <Table.Tr key={f.field}>
                <Table.Td>{t(`clients.field.${f.field}`, { defaultValue: f.field })}</Table.Td>
                {shown.map((k) => (
                  <Table.Td key={k} c={k === 'oldValue' && shown.length > 1 ? 'dimmed' : undefined}>
                    {valueOf(t, f.field, f[k], k === 'oldValue' ? f.oldLabel : f.newLabel)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Collapse>
    </>
  );
}
