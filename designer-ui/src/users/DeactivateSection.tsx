import { Alert, Button, Divider, Group, List, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import { UserPicker } from './UserPicker';
import { getAccount, handOverWork, reassignClients, type Account, type AccountDetails } from './usersApi';

interface Props {
  account: Account;
  isMe: boolean;
  busy: boolean;
  onToggle: (active: boolean) => void;
}

/**
 * Before a colleague is deactivated the administrator sees what they still own (open tasks,
 * clients, open deals) and hands all of it to someone else in one step.
 */
export function DeactivateSection({ account, isMe, busy, onToggle }: Props) {
  const { t } = useTranslation();
  const [holdings, setHoldings] = useState<AccountDetails['holdings'] | null>(null);
  const [heir, setHeir] = useState<number | undefined>();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [handing, setHanding] = useState(false);

  useEffect(() => {
    const abort = new AbortController();
    getAccount(account.id, abort.signal)
      .then((d) => setHoldings(d.holdings))
      .catch((err: unknown) => abort.signal.aborted || setMessage({ ok: false, text: describeError(t, err) }));
    return () => abort.abort();
  }, [account, t]);

  async function handOver() {
    if (!heir) return;
    setHanding(true);
    try {
      const clients = holdings?.clients ? (await reassignClients(account.id, heir)).updated : 0;
      const work = holdings?.openTasks || holdings?.openDeals ? await handOverWork(account.id, heir) : { tasks: 0, deals: 0 };
      setMessage({ ok: true, text: t('users.handedOverAll', { clients, tasks: work.tasks, deals: work.deals }) });
      setHoldings({ clients: 0, openTasks: 0, openDeals: 0 });
    } catch (err) {
      setMessage({ ok: false, text: describeError(t, err) });
    } finally {
      setHanding(false);
    }
  }

  return (
    <Stack gap="xs" mt="lg" data-testid="deactivate-section">
      <Divider />
      <Title order={3} size="h6">
        {t(account.active ? 'users.deactivateTitle' : 'users.reactivateTitle')}
      </Title>
      {account.active && holdings && (
        <>
          <Text size="sm">{t('users.stillOwns')}</Text>
          <List size="sm" data-testid="user-holdings">
            <List.Item>{t('users.holdings.openTasks', { count: holdings.openTasks })}</List.Item>
            <List.Item>{t('users.holdings.clients', { count: holdings.clients })}</List.Item>
            <List.Item>{t('users.holdings.openDeals', { count: holdings.openDeals })}</List.Item>
          </List>
          {holdings.clients + holdings.openTasks + holdings.openDeals > 0 && (
            <Group align="flex-end" gap="xs">
              <UserPicker label={t('users.handWorkTo')} value={heir} onChange={setHeir} w={260} data-testid="hand-clients-to" />
              <Button variant="light" disabled={!heir} loading={handing} onClick={() => void handOver()} data-testid="hand-clients-over">
                {t('users.handOverAll')}
              </Button>
            </Group>
          )}
        </>
      )}
      {message && (
        <Alert color={message.ok ? 'green' : 'red'} data-testid="handover-result">
          {message.text}
        </Alert>
      )}
      {isMe && account.active ? (
        <Text size="sm" c="dimmed">
          {t('users.cannotDeactivateSelf')}
        </Text>
      ) : (
        <Group>
          <Button color={account.active ? 'red' : 'green'} variant={account.active ? 'outline' : 'filled'} loading={busy} onClick={() => onToggle(!account.active)} data-testid="toggle-active">
            {t(account.active ? 'users.deactivate' : 'users.reactivate')}
          </Button>
          {account.active && <Text size="xs" c="dimmed">{t('users.deactivateHint')}</Text>}
        </Group>
      )}
    </Stack>
  );
}
