import { Alert, Anchor, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeError } from '../api/describeError';
import { formatDate, formatMoney } from '../i18n/format';
import { dealHistory, getDeal, type DealChange, type DealDetail } from './api';
import { DealForm } from './DealForm';
import type { User } from '../api/types';
import { DealSales } from '../sales/DealSales';
import { canWriteSales } from '../sales/roles';
import { DealHistory } from './DealHistory';
import { DealRelated } from './DealRelated';
import { useSalesRefs } from '../sales/useSalesRefs';
import { StartProcessButton } from '../start-process/StartProcessButton';
import { processName } from '../processes/processName';
import { stageName } from './stageName';

/** One deal: its data, where its process is (stage, status, open tasks), documents, invoices and payments, shipments and contracts, and the change history. */
export function DealPage({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const [deal, setDeal] = useState<DealDetail | null>(null);
  const [editing, setEditing] = useState(false);
  const [history, setHistory] = useState<DealChange[]>([]);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => {
    Promise.all([getDeal(Number(id)), dealHistory(Number(id))])
      .then(([d, h]) => {
        setDeal(d);
        setHistory(h.items);
      })
      .catch(setError);
  }, [id]);
  useEffect(load, [load]);

  const refs = useSalesRefs(deal ? [{ dealId: null, counterpartyId: deal.counterpartyId }] : null);
  if (error) return <Alert color="red" data-testid="deal-error">{describeError(t, error)}</Alert>;
  if (!deal) return <Loader />;
  const field = (label: string, value: string) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value}</Text>
    </div>
  );
  return (
    <Stack gap="md" maw={1000}>
      <Anchor component={Link} to="/deals" size="sm">
        ← {t('deals.title')}
      </Anchor>
      <Group justify="space-between">
        <Title order={1} size="h2" data-testid="deal-title">
          {deal.title}
        </Title>
        <Group>
          {canWriteSales(user.roles) && (
            <Button variant="light" onClick={() => setEditing(true)} data-testid="deal-edit">
              {t('deals.form.edit')}
            </Button>
          )}
          <StartProcessButton user={user} record={{ type: 'deal', id: String(deal.id) }} />
          <Badge size="lg" variant="light" data-testid="deal-stage">
            {deal.stage ? stageName(t, deal.stage) : '—'}
          </Badge>
          <Badge size="lg" color={deal.status === 'won' ? 'green' : deal.status === 'lost' ? 'red' : 'blue'}>
            {t(`deals.status.${deal.status}`)}
          </Badge>
        </Group>
      </Group>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <div>
            <Text size="xs" c="dimmed">
              {t('deals.client')}
            </Text>
            <Anchor component={Link} to={`/clients/${deal.counterpartyId}`} data-testid="deal-client-link">
              {refs.clientName(deal.counterpartyId)}
            </Anchor>
          </div>
          {field(t('deals.responsible'), deal.responsibleId === user.id ? t('clients.history.you') : (deal.responsibleName ?? (deal.responsibleId ? `#${deal.responsibleId}` : '—')))}
          {field(t('deals.columns.amount'), formatMoney(deal.amount, deal.currency, i18n.language))}
          {field(t('deals.columns.closeBy'), deal.expectedCloseDate ? formatDate(deal.expectedCloseDate, i18n.language) : '—')}
          {field(t('deals.source'), deal.source ?? '—')}
          {field(t('deals.competitors'), deal.competitors.join(', ') || '—')}
          {field(t('deals.process'), processName(t, deal.processKey, null))}
          {field(t('deals.lostReason'), deal.lostReason ?? '—')}
        </SimpleGrid>
      </Card>
      <DealRelated deal={deal} buyerName={refs.clientName(deal.counterpartyId)} canWrite={canWriteSales(user.roles)} />
      <DealSales deal={deal} canWrite={canWriteSales(user.roles)} />
      <DealHistory deal={deal} history={history} userId={user.id} />
      {editing && (
        <DealForm
          key={deal.version}
          deal={deal}
          userId={user.id}
          onClose={() => setEditing(false)}
          onSaved={() => (setEditing(false), load())}
          onReload={load}
        />
      )}
    </Stack>
  );
}
