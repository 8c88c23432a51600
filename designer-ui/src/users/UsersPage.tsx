import { Alert, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { ExportXlsxButton } from '../export/ExportXlsxButton';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import type { User } from '../api/types';
import { AccountStatus } from './AccountStatus';
import { EditUserModal } from './EditUserModal';
import { NewUserForm } from './NewUserForm';
import { RoleBadges } from './RoleBadges';
import { listAccounts, listTeams, type Account, type Colleague, type Team } from './usersApi';

/** Administrators give colleagues their accounts and roles here, edit them, and deactivate leavers. */
export function UsersPage({ user: me }: { user: User }) {
  const { t } = useTranslation();
  const [users, setUsers] = useState<Account[] | null>(null);
  const [editing, setEditing] = useState<Account | null>(null);
  const [teams, setTeams] = useState<Team[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<Colleague | null>(null);

  const load = useCallback(async (signal?: AbortSignal) => {
    try {
      const [people, teamList] = await Promise.all([listAccounts(signal), listTeams(signal)]);
      setUsers(people);
      setTeams(teamList);
    } catch (err) {
      if (!signal?.aborted) setError(err);
    }
  }, []);

  useEffect(() => {
    const abort = new AbortController();
    void load(abort.signal);
    return () => abort.abort();
  }, [load]);

  return (
    <div data-testid="users-page">
      <Group justify="space-between" mb="md">
        <Title order={1} size="h3">
          {t('users.title')}
        </Title>
        <ExportXlsxButton path="/users/accounts" testId="users-export" />
      </Group>
      <Card withBorder mb="lg">
        <Title order={2} size="h5" mb="sm">
          {t('users.newTitle')}
        </Title>
        <NewUserForm
          teams={teams}
          onCreated={(user) => {
            setCreated(user);
            void load();
          }}
        />
        {created && (
          <Alert color="green" mt="sm" data-testid="new-user-created" withCloseButton onClose={() => setCreated(null)}>
            {t('users.created', { name: created.displayName, email: created.email })}
          </Alert>
        )}
      </Card>
      {error !== null && (
        <Alert color="red" mb="md" role="alert">
          {describeError(t, error)}
        </Alert>
      )}
      {users?.length === 0 && <Text c="dimmed">{t('users.none')}</Text>}
      {!!users?.length && (
        <Table striped data-testid="users-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('users.displayName')}</Table.Th>
              <Table.Th>{t('users.email')}</Table.Th>
              <Table.Th>{t('users.roles')}</Table.Th>
              <Table.Th>{t('users.team')}</Table.Th>
              <Table.Th>{t('users.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((u) => (
              <Table.Tr key={u.id} data-testid="user-row" c={u.active ? undefined : 'dimmed'}>
                <Table.Td>{u.displayName}</Table.Td>
                <Table.Td>{u.email}</Table.Td>
                <Table.Td>
                  <RoleBadges roles={u.roles} />
                </Table.Td>
                <Table.Td>{teams.find((team) => team.id === u.teamId)?.name ?? '—'}</Table.Td>
                <Table.Td>
                  <AccountStatus active={u.active} />
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => setEditing(u)} data-testid="edit-user-open" aria-label={t('users.editTitle', { name: u.displayName })}>
                    {t('users.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <EditUserModal
          account={editing}
          teams={teams}
          meId={me.id}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(saved);
            setUsers((list) => list?.map((u) => (u.id === saved.id ? saved : u)) ?? null);
          }}
        />
      )}
    </div>
  );
}
