import { Alert, Anchor, Card, Grid, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import { NewTeamForm } from './NewTeamForm';
import { TeamPanel } from './TeamPanel';
import { teamOverview, type TeamOverview } from './teamsApi';
import { listAccounts, type Account } from './usersApi';

/** Administrators build the sales teams: who heads each, who is in it (one team per person). */
export function TeamsPage() {
  const { t } = useTranslation();
  const [teams, setTeams] = useState<TeamOverview[] | null>(null);
  const [people, setPeople] = useState<Account[]>([]);
  const [openId, setOpenId] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async (signal?: AbortSignal) => {
    try {
      const [list, accounts] = await Promise.all([teamOverview(signal), listAccounts(signal)]);
      setTeams(list);
      setPeople(accounts.filter((a) => a.active));
    } catch (err) {
      if (!signal?.aborted) setError(err);
    }
  }, []);

  useEffect(() => {
    const abort = new AbortController();
    void load(abort.signal);
    return () => abort.abort();
  }, [load]);

  const open = teams?.find((team) => team.id === openId) ?? null;
  return (
    <div data-testid="teams-page">
      <Title order={1} size="h3" mb="md">
        {t('teams.title')}
      </Title>
      {error !== null && (
        <Alert color="red" mb="md" role="alert">
          {describeError(t, error)}
        </Alert>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder mb="md">
            <NewTeamForm
              people={people}
              onCreated={(id) => {
                setOpenId(id);
                void load();
              }}
            />
          </Card>
          {teams?.length === 0 && <Text c="dimmed">{t('teams.none')}</Text>}
          {!!teams?.length && (
            <Table striped highlightOnHover data-testid="teams-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('teams.name')}</Table.Th>
                  <Table.Th>{t('teams.head')}</Table.Th>
                  <Table.Th>{t('teams.members')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {teams.map((team) => (
                  <Table.Tr key={team.id} data-testid="team-row" bg={team.id === openId ? 'var(--mantine-color-blue-light)' : undefined}>
                    <Table.Td>
                      <Anchor component="button" type="button" onClick={() => setOpenId(team.id)} data-testid="team-open">
                        {team.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{team.headName ?? '—'}</Table.Td>
                    <Table.Td data-testid="team-member-count">{team.memberCount}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          {open && <TeamPanel key={open.id} team={open} people={people} onChanged={() => void load()} />}
        </Grid.Col>
      </Grid>
    </div>
  );
}
