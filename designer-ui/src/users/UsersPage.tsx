import { Alert, Card, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import { NewUserForm } from './NewUserForm';
import { RoleBadges } from './RoleBadges';
import { listTeams, listUsers, type Colleague, type Team } from './usersApi';

/** Administrators give colleagues their accounts and roles here (after the first run made theirs). */
export function UsersPage() {
  const { t } = useTranslation();
  const [users, setUsers] = useState<Colleague[] | null>(null);
  const [teams, setTeams] = useState<Team[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<Colleague | null>(null);

  const load = useCallback(async (signal?: AbortSignal) => {
    try {
      const [people, teamList] = await Promise.all([listUsers(signal), listTeams(signal)]);
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
      <Title order={1} size="h3" mb="md">
        {t('users.title')}
      </Title>
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
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((u) => (
              <Table.Tr key={u.id} data-testid="user-row">
                <Table.Td>{u.displayName}</Table.Td>
                <Table.Td>{u.email}</Table.Td>
                <Table.Td>
                  <RoleBadges roles={u.roles} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}
