import { Badge, Text, Timeline } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format';
import { groupChanges } from './timelineChanges';
import type { TimelineEntry } from './types';

/** Interactions and requests titled in the user's language (the server's title is English). */
function titleOf(t: TFunction, e: TimelineEntry): string {
  const d = e.data as Record<string, unknown>;
  if (e.source === 'interaction' && typeof d.subject === 'string') {
    const state = d.overdue ? t('interactions.overdue') : t(`interactions.state.${String(d.state)}`);
    return `${t(`interactions.kind.${String(d.kind)}`)}: ${d.subject} (${state.toLowerCase()})`;
  }
  if (e.source === 'incoming_request' && typeof d.from === 'string') return t('requests.timelineTitle', { channel: t(`requests.channel.${String(d.channel)}`), from: d.from });
  return e.title;
}

/** What a manager reads under an interaction or a request: its result and next step, or the message taken. */
function detailOf(e: TimelineEntry): string | null {
  const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
  if (e.source === 'incoming_request') return text(e.data.text);
  if (e.source === 'interaction') return [text(e.data.result), text(e.data.nextStep)].filter(Boolean).join(' → ') || null;
  return null;
}

/** Everything that happened around the client, newest first, from every module that links records to clients. */
export function TimelinePanel({ entries }: { entries: TimelineEntry[] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <Text c="dimmed">{t('clients.timeline.none')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="timeline">
      {groupChanges(entries, t).map((e) => (
        <Timeline.Item key={e.id} title={titleOf(t, e)} data-testid="timeline-entry">
          {detailOf(e) && <Text size="sm">{detailOf(e)}</Text>}
          <Text size="xs" c="dimmed">
            <Badge size="xs" variant="outline" mr={6}>
              {t(`clients.timeline.source.${e.source}`, { defaultValue: e.source })}
            </Badge>
            {formatDate(e.at, i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
