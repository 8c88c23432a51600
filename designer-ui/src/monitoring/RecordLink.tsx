import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

const pages: Record<string, { path: string; label: string; named: string }> = {
  client: { path: '/clients', label: 'monitoring.instance.recordClient', named: 'monitoring.instance.recordClientNamed' },
  deal: { path: '/deals', label: 'monitoring.instance.recordDeal', named: 'monitoring.instance.recordDealNamed' },
};

/**
 * The client or deal an instance runs for, as a link to its page, by its name when the reader may
 * see it ("Client Kvitka LLC"); a record out of their reach keeps its number.
 */
export function RecordLink({ record, name, size = 'sm' }: { record: { type: string; id: string }; name?: string | null; size?: 'sm' | 'xs' }) {
  const { t } = useTranslation();
  const page = pages[record.type];
  if (!page) return <Text size={size}>{t('monitoring.instance.recordOther', { type: record.type, id: record.id })}</Text>;
  return (
    <Anchor component={Link} to={`${page.path}/${encodeURIComponent(record.id)}`} size={size} data-testid="instance-record" display="block">
      {name ? t(page.named, { name }) : t(page.label, { id: record.id })}
    </Anchor>
  );
}
