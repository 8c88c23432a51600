import { Badge, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format';
import { ChangeDetails } from './ChangeEntry';
import { timelineTitle } from './timelineTitle';
import type { TimelineEntry } from './types';

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
      {entries.map((e) => (
        <Timeline.Item key={e.id} title={timelineTitle(t, e, i18n.language)} data-testid="timeline-entry">
          {detailOf(e) && <Text size="sm">{detailOf(e)}</Text>}
          {e.source === 'change' && <ChangeDetails entry={e} />}
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
