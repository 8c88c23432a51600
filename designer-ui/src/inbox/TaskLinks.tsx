import { Anchor, Card, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { formatDate } from '../i18n/format';
import type { Task } from './api';

interface Linked {
  client: { id: number; name: string } | null;
  deal: { id: number; title: string } | null;
}

const idOf = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : null);

/** The client or deal the task is about (its record, or a `counterpartyId` variable), as links. */
export function TaskLinks({ task }: { task: Task }) {
  const { t, i18n } = useTranslation();
  const [linked, setLinked] = useState<Linked>({ client: null, deal: null });

  useEffect(() => {
    const dealId = task.record?.type === 'deal' ? idOf(task.record.id) : null;
    const clientId = task.record?.type === 'client' ? idOf(task.record.id) : idOf(task.input.counterpartyId);
    let alive = true;
    void (async () => {
      const deal = dealId ? await api.get<{ id: number; title: string; counterpartyId: number }>(`/deals/${dealId}`).catch(() => null) : null;
      const cid = clientId ?? deal?.counterpartyId ?? null;
      const client = cid ? await api.get<{ id: number; name: string }>(`/counterparties/${cid}`).catch(() => null) : null;
      if (alive) setLinked({ client: client && { id: client.id, name: client.name }, deal: deal && { id: deal.id, title: deal.title } });
    })();
    return () => {
      alive = false;
    };
  }, [task]);

  return (
    <Card withBorder padding="lg" data-testid="task-links">
      <Stack gap="sm">
        <Text fw={600}>{t('task.about')}</Text>
        <div>
          <Text size="xs" c="dimmed">
            {t('task.client')}
          </Text>
          {linked.client ? (
            <Anchor component={Link} to={`/clients/${linked.client.id}`} data-testid="task-client">
              {linked.client.name}
            </Anchor>
          ) : (
            <Text>—</Text>
          )}
        </div>
        <div>
          <Text size="xs" c="dimmed">
            {t('task.deal')}
          </Text>
          {linked.deal ? (
            <Anchor component={Link} to={`/deals/${linked.deal.id}`} data-testid="task-deal">
              {linked.deal.title}
            </Anchor>
          ) : (
            <Text>—</Text>
          )}
        </div>
        <div>
          <Text size="xs" c="dimmed">
            {t('task.created')}
          </Text>
          <Text size="sm">{formatDate(task.createdAt, i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}</Text>
        </div>
      </Stack>
    </Card>
  );
}
