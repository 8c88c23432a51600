import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

const pages: Record<string, { path: string; label: string }> = {
  client: { path: '/clients', label: 'monitoring.instance.recordClient' },
  deal: { path: '/deals', label: 'monitoring.instance.recordDeal' },
};

/** The client or deal an instance runs for, as a link to its page: the business key a user knows it by. */
export function RecordLink({ record }: { record: { type: string; id: string } }) {
  const { t } = useTranslation();
  const page = pages[record.type];
  if (!page) return <Text size="sm">{t('monitoring.instance.recordOther', { type: record.type, id: record.id })}</Text>;
  return (
    <Anchor component={Link} to={`${page.path}/${encodeURIComponent(record.id)}`} size="sm" data-testid="instance-record" display="block">
      {t(page.label, { id: record.id })}
    </Anchor>
  );
}
