import { Alert, Anchor, Badge, Button, Group, Modal, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../api/describeError';
import type { User } from '../api/types';
import { ExportXlsxButton } from '../export/ExportXlsxButton';
import { formatDate } from '../i18n/format';
import { useLiveEvent } from '../live/useLiveEvent';
import { requestsApi, type IncomingRequest } from './api';
import { RequestForm } from './RequestForm';
import { mayWriteInteractions } from './roles';
import { announceRead } from './useUnreadRequests';

/**
 * Incoming requests: calls and messages taken for someone who was out. "For me" lists what is
 * addressed to me, unread ones in bold; opening one marks it read. "All" adds what I registered
 * (and, for a head, the team's).
 */
export function RequestsPage({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<IncomingRequest[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [scope, setScope] = useState<'mine' | 'all'>('mine');
  const [registering, setRegistering] = useState(false);
  const [opened, setOpened] = useState<IncomingRequest | null>(null);

  const load = useCallback(() => {
    requestsApi.list().then((page) => (setItems(page.items), setError(null)), setError);
  }, []);
  useEffect(load, [load]);
  useLiveEvent<{ kind?: string }>('notification', (n) => n.kind === 'incoming_request' && load());

  const forMe = (r: IncomingRequest) => r.addresseeId === user.id;
  const unreadForMe = (r: IncomingRequest) => forMe(r) && !r.read;
  const shown = scope === 'mine' ? items.filter(forMe) : items;

  const markRead = async (r: IncomingRequest) => {
    try {
      const read = await requestsApi.read(r.id);
      setItems((all) => all.map((x) => (x.id === read.id ? read : x)));
      announceRead();
    } catch (err) {
      setError(err);
    }
  };
  const open = (r: IncomingRequest) => {
    setOpened(r);
    if (unreadForMe(r)) void markRead(r);
  };
  const when = (iso: string) => formatDate(iso, i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('requests.title')}
        </Title>
        <Group gap="sm">
          <ExportXlsxButton path="/incoming-requests" testId="requests-export" />
          {mayWriteInteractions(user) && (
            <Button onClick={() => setRegistering(true)} data-testid="request-register">
              {t('requests.register.action')}
            </Button>
          )}
        </Group>
      </Group>
      <SegmentedControl
        w="fit-content"
        data={[
          { value: 'mine', label: t('requests.scope.mine', { count: items.filter(unreadForMe).length }) },
          { value: 'all', label: t('requests.scope.all') },
        ]}
        value={scope}
        onChange={(v) => setScope(v as 'mine' | 'all')}
        data-testid="requests-scope"
      />
      {error !== null && <Alert color="red">{describeError(t, error)}</Alert>}
      <Paper withBorder radius="md">
        {shown.length === 0 ? (
          <Text c="dimmed" p="xl" ta="center" data-testid="requests-empty">
            {t('requests.empty')}
          </Text>
        ) : (
          <Table highlightOnHover verticalSpacing="sm" data-testid="requests-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('requests.fields.received')}</Table.Th>
                <Table.Th>{t('requests.fields.from')}</Table.Th>
                <Table.Th>{t('requests.fields.client')}</Table.Th>
                <Table.Th>{t('requests.fields.text')}</Table.Th>
                <Table.Th>{t('requests.fields.addressee')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((r) => {
                const unread = unreadForMe(r);
                return (
                  <Table.Tr key={r.id} data-testid="request-row" data-id={r.id} data-unread={unread} fw={unread ? 700 : undefined}>
                    <Table.Td>
                      <Text size="sm" fw="inherit">{when(r.createdAt)}</Text>
                      <Badge size="xs" variant="light">{t(`requests.channel.${r.channel}`)}</Badge>
                    </Table.Td>
                    <Table.Td>{r.from}</Table.Td>
                    <Table.Td>
                      {r.counterpartyId && (
                        <Anchor component={Link} to={`/clients/${r.counterpartyId}`} size="sm" fw="inherit">
                          {r.counterpartyName ?? `#${r.counterpartyId}`}
                        </Anchor>
                      )}
                    </Table.Td>
                    <Table.Td maw={360}>
                      <Anchor component="button" type="button" ta="left" onClick={() => open(r)} fw="inherit" lineClamp={2} data-testid="request-open">
                        {r.text}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{forMe(r) ? t('interactions.me', { name: user.displayName }) : (r.addresseeName ?? `#${r.addresseeId}`)}</Table.Td>
                    <Table.Td>
                      {unread ? (
                        <Button size="compact-xs" variant="light" onClick={() => void markRead(r)} data-testid="request-mark-read">
                          {t('requests.markRead')}
                        </Button>
                      ) : (
                        forMe(r) && <Text size="xs" c="dimmed">{t('requests.read')}</Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      {registering && (
        <RequestForm
          user={user}
          onClose={() => setRegistering(false)}
          onSaved={() => {
            setRegistering(false);
            setScope('all');
            load();
          }}
        />
      )}
      {opened && (
        <Modal opened onClose={() => setOpened(null)} title={t('requests.one', { from: opened.from })} data-testid="request-view">
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t(`requests.channel.${opened.channel}`)} · {when(opened.createdAt)}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{opened.text}</Text>
            {opened.counterpartyId && (
              <Anchor component={Link} to={`/clients/${opened.counterpartyId}`} onClick={() => setOpened(null)}>
                {opened.counterpartyName ?? t('interactions.openClient')}
              </Anchor>
            )}
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
