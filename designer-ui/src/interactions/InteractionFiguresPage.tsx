import { Alert, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import { ExportXlsxButton } from '../export/ExportXlsxButton';
import { UserPicker } from '../users/UserPicker';
import { figuresQuery, interactionFigures, listTeams, allKinds, type EmployeeFigures, type FiguresFilter, type Team } from './api';
import { DateField } from '../dates/DateField';

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** Midnight where the user is, as an instant; `plusDays` moves it (the period's end is exclusive). */
const midnight = (date: string, plusDays = 0) => {
  const d = new Date(`${date}T00:00:00`);
  d.setDate(d.getDate() + plusDays);
  return Number.isNaN(d.getTime()) ? date : d.toISOString();
};

/** Done, planned and overdue contacts per employee over a period: a head's view of the team's work with clients. */
export function InteractionFiguresPage() {
  const { t } = useTranslation();
  const now = new Date();
  const [from, setFrom] = useState(day(new Date(now.getFullYear(), now.getMonth(), 1)));
  const [to, setTo] = useState(day(new Date(now.getFullYear(), now.getMonth() + 1, 0)));
  const [team, setTeam] = useState<string | null>(null);
  const [userId, setUserId] = useState<number | undefined>();
  const [teams, setTeams] = useState<Team[]>([]);
  const [rows, setRows] = useState<EmployeeFigures[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const filter: FiguresFilter = { from: midnight(from), to: midnight(to, 1), team: team ? Number(team) : undefined, userId };

  useEffect(() => {
    listTeams().then(setTeams, () => setTeams([]));
  }, []);
  useEffect(() => {
    let current = true;
    interactionFigures(filter).then(
      (answer) => current && (setRows(answer.employees), setError(null)),
      (err: unknown) => current && setError(err),
    );
    return () => {
      current = false;
    };
  }, [filter.from, filter.to, filter.team, filter.userId]);

  const count = (n: number, alert = false) => (
    <Text size="sm" ta="right" c={alert && n > 0 ? 'red.7' : n === 0 ? 'dimmed' : undefined} fw={alert && n > 0 ? 600 : undefined}>
      {n}
    </Text>
  );

  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('figures.title')}
        </Title>
        <ExportXlsxButton path={`/analytics/interactions?${figuresQuery(filter)}`} testId="figures-export" />
      </Group>
      <Group align="flex-end" gap="sm">
        <DateField label={t('figures.from')} value={from} onChange={(value) => setFrom(value)} w={160} data-testid="figures-from" />
        <DateField label={t('figures.to')} value={to} onChange={(value) => setTo(value)} w={160} data-testid="figures-to" />
        {teams.length > 0 && <Select label={t('figures.team')} placeholder={t('figures.allTeams')} data={teams.map((tm) => ({ value: String(tm.id), label: tm.name }))} value={team} onChange={setTeam} clearable w={200} />}
        <UserPicker label={t('figures.employee')} value={userId} onChange={setUserId} data-testid="figures-user" />
      </Group>
      {error !== null && <Alert color="red">{describeError(t, error)}</Alert>}
      <Paper withBorder radius="md">
        {rows && rows.length === 0 ? (
          <Text c="dimmed" p="xl" ta="center">
            {t('figures.none')}
          </Text>
        ) : (
          <Table striped verticalSpacing="xs" data-testid="figures-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('figures.employee')}</Table.Th>
                <Table.Th ta="right">{t('figures.done')}</Table.Th>
                <Table.Th ta="right">{t('figures.planned')}</Table.Th>
                <Table.Th ta="right">{t('figures.overdue')}</Table.Th>
                <Table.Th ta="right">{t('figures.cancelled')}</Table.Th>
                {allKinds.map((k) => (
                  <Table.Th key={k} ta="right">
                    {t('figures.kindDone', { kind: t(`interactions.kind.${k}`) })}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(rows ?? []).map((r) => (
                <Table.Tr key={r.userId} data-testid="figures-row" data-user={r.userId}>
                  <Table.Td>{r.displayName}</Table.Td>
                  <Table.Td data-testid="figures-done">{count(r.done)}</Table.Td>
                  <Table.Td data-testid="figures-planned">{count(r.planned)}</Table.Td>
                  <Table.Td data-testid="figures-overdue">{count(r.overdue, true)}</Table.Td>
                  <Table.Td>{count(r.cancelled)}</Table.Td>
                  {allKinds.map((k) => (
                    <Table.Td key={k}>{count(r.byKind[k]?.done ?? 0)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
