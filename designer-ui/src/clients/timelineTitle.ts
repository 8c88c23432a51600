import type { TFunction } from 'i18next';
import { formatDate } from '../i18n/format';
import { changeTitle } from './ChangeEntry';
import type { TimelineEntry } from './types';

type Data = Record<string, unknown>;
type Titler = (t: TFunction, d: Data, language: string) => string | null;

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
/** A stored code by its name on the screens that own it, the code itself when none is known. */
const code = (t: TFunction, group: string, v: unknown) => t(`${group}.${str(v)}`, { defaultValue: str(v) });
const day = (v: unknown, language: string) => (typeof v === 'string' && v ? formatDate(v, language, { dateStyle: 'medium', timeZone: 'UTC' }) : '');

/**
 * Titles of the entries whose server title is English (processes, tasks, deals, documents,
 * invoices, shipments, contracts), rebuilt from the entry's data in the user's language.
 */
const titlers: Record<string, Titler> = {
  interaction: (t, d) => {
    if (typeof d.subject !== 'string') return null;
    const state = d.overdue ? t('interactions.overdue') : t(`interactions.state.${str(d.state)}`);
    return `${t(`interactions.kind.${str(d.kind)}`)}: ${d.subject} (${state.toLowerCase()})`;
  },
  incoming_request: (t, d) => (typeof d.from === 'string' ? t('requests.timelineTitle', { channel: t(`requests.channel.${str(d.channel)}`), from: d.from }) : null),
  process: (t, d) => t('clients.timeline.entry.process', { name: str(d.definitionKey), status: code(t, 'monitoring.state', d.status) }),
  task: (t, d) => (typeof d.name === 'string' ? t('clients.timeline.entry.task', { name: d.name, status: code(t, 'task.status', d.status) }) : null),
  deal: (t, d) =>
    typeof d.title === 'string'
      ? t('clients.timeline.entry.deal', { title: d.title, stage: d.stage ? str(d.stage) : t('clients.timeline.entry.starting'), status: code(t, 'deals.status', d.status) })
      : null,
  document: (t, d) => t('clients.timeline.entry.document', { type: code(t, 'deals.related.docType', d.docType), number: str(d.number) }),
  invoice: (t, d) => t('clients.timeline.entry.invoice', { number: str(d.number), status: code(t, 'deals.related.invoiceStatuses', d.status) }),
  shipment: (t, d) => t('clients.timeline.entry.shipment', { id: str(d.shipmentId), state: code(t, 'sales.shipments.states', d.state) }),
  contract: (t, d, language) =>
    t('clients.timeline.entry.contract', { number: str(d.number), from: day(d.validFrom, language), to: d.validTo ? day(d.validTo, language) : t('clients.timeline.entry.openEnded') }),
};

/** An entry's title in the user's language; the server's English title when the entry's data is not enough. */
export function timelineTitle(t: TFunction, e: TimelineEntry, language: string): string {
  if (e.source === 'change') return changeTitle(t, e);
  return titlers[e.source]?.(t, e.data as Data, language) ?? e.title;
}
