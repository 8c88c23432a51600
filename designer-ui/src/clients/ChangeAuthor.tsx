import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { instanceLink } from '../monitoring/InstanceListPage';

/** Who made a field change: you, another user, or the process instance whose step set it. */
export function ChangeAuthor({ change, userId }: { change: { actorId: number | null; actorName?: string | null; workflowId?: string | null }; userId?: number }) {
  const { t } = useTranslation();
  if (change.workflowId) {
    return (
      <Anchor component={Link} to={instanceLink(change.workflowId)} size="sm" title={change.workflowId} data-testid="change-by-process">
        {t('clients.history.process')}
      </Anchor>
    );
  }
  if (change.actorId === null) return <Text span size="sm">—</Text>;
  return <Text span size="sm">{change.actorId === userId ? t('clients.history.you') : (change.actorName ?? `#${change.actorId}`)}</Text>;
}
