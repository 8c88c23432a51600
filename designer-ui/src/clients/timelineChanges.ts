import type { TFunction } from 'i18next';
import type { TimelineEntry } from './types';
import { showValue } from './values';

interface ChangeData {
  recordType?: string;
  recordId?: unknown;
  action?: string;
  field?: string;
  newValue?: unknown;
}

/**
 * The server logs one change per field, so creating a client put a dozen lines like
 * "counterparty create: responsibleId" on the timeline. One save of one record becomes one
 * entry here, titled in the user's words ("Created: Name, Phones"), and empty fields of a new
 * record are left out as in the change history.
 */
export function groupChanges(entries: TimelineEntry[], t: TFunction): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  let fields: string[] = [];
  for (const entry of entries) {
    const d = entry.data as ChangeData;
    if (entry.source !== 'change') {
      out.push(entry);
      continue;
    }
    if (d.action === 'create' && showValue(d.newValue) === '—') continue;
    const prev = out.at(-1);
    const pd = prev?.data as ChangeData | undefined;
    const sameSave = prev?.source === 'change' && pd?.recordType === d.recordType && pd?.recordId === d.recordId && pd?.action === d.action && prev.at.slice(0, 19) === entry.at.slice(0, 19);
    if (!sameSave) {
      fields = [];
      out.push({ ...entry });
    }
    const label = t(`clients.field.${d.field}`, { defaultValue: d.field ?? '' });
    if (!fields.includes(label)) fields.push(label);
    const record = d.recordType === 'contact' ? `${t('clients.history.contact')}: ` : '';
    out[out.length - 1]!.title = record + t(`clients.timeline.changed.${d.action}`, { defaultValue: `${d.action}: ${fields.join(', ')}`, fields: fields.join(', ') });
  }
  return out;
}
