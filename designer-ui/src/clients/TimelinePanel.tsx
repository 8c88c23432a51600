import { Badge, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format';
import { groupChanges } from './timelineChanges';
import type { TimelineEntry } from './types';

/** Everything that happened around the client, newest first, from every module that links records to clients. */
export function TimelinePanel({ entries }: { entries: TimelineEntry[] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <Text c="dimmed">{t('clients.timeline.none')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="timeline">
      {groupChanges(entries, t).map((e) => (
        <Timeline.Item key={e.id} title={e.title} data-testid="timeline-entry">
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
