import { Alert, Badge, Button, Card, Group, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { describeError } from '../api/describeError';
import { useServerErrors } from '../forms/useServerErrors';
import { addMember, removeMember, teamMembers, updateTeam, type TeamMembers, type TeamOverview } from './teamsApi';
import type { Account } from './usersApi';
import { HeadOfSalesSelect } from './TeamChoices';

interface Props {
  team: TeamOverview;
  people: Account[];
  onChanged: () => void;
}

/** One team: rename it, change its head, take people in and out (moving from another team is confirmed). */
export function TeamPanel({ team, people, onChanged }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(team.name);
  const [headId, setHeadId] = useState<string | null>(team.headId ? String(team.headId) : null);
  const [members, setMembers] = useState<TeamMembers['members']>([]);
  const [pick, setPick] = useState<string | null>(null);
  const [moveAsk, setMoveAsk] = useState<{ userId: number; from: string } | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const errors = useServerErrors(['name', 'headId'] as const);

  useEffect(() => {
    const abort = new AbortController();
    teamMembers(team.id, abort.signal)
      .then((r) => setMembers(r.members))
      .catch((err: unknown) => abort.signal.aborted || setProblem(err));
    return () => abort.abort();
  }, [team]);

  async function rename(event: FormEvent) {
    event.preventDefault();
    errors.setError(null);
    try {
      await updateTeam(team.id, team.lockVersion, { name: name.trim(), headId: headId ? Number(headId) : null });
      onChanged();
    } catch (err) {
      errors.setError(err);
    }
  }

  async function add(userId: number, move: boolean) {
    setProblem(null);
    try {
      setMembers((await addMember(team.id, userId, move)).members);
      setPick(null);
      setMoveAsk(null);
      onChanged();
    } catch (err) {
      const elsewhere = err instanceof ApiError && err.code === 'team.member_elsewhere';
      if (elsewhere) setMoveAsk({ userId, from: String(err.errors[0]?.params?.teamName ?? '') });
      else setProblem(err);
    }
  }

  async function remove(userId: number) {
    setProblem(null);
    try {
      setMembers((await removeMember(team.id, userId)).members);
      onChanged();
    } catch (err) {
      setProblem(err);
    }
  }

  const candidates = people.filter((p) => !members.some((m) => m.id === p.id));
  const asked = people.find((p) => p.id === moveAsk?.userId);
  return (
    <Card withBorder data-testid="team-panel">
      <form onSubmit={rename} noValidate>
        <Title order={2} size="h5" mb="sm">
          {team.name}
        </Title>
        <Group align="flex-start" gap="sm">
          <TextInput label={t('teams.name')} value={name} error={errors.byField.name} onChange={(e) => setName(e.currentTarget.value)} data-testid="team-name" />
          <HeadOfSalesSelect options={people} value={headId} error={errors.byField.headId} onChange={setHeadId} data-testid="team-head" />
          <Button type="submit" mt={25} variant="light" data-testid="team-save">
            {t('teams.save')}
          </Button>
        </Group>
        {errors.formError && (
          <Alert color="red" role="alert" mt="sm" data-testid="team-save-error">
            {errors.formError}
          </Alert>
        )}
      </form>
      <Title order={3} size="h6" mt="lg" mb="xs">
        {t('teams.membersTitle', { count: members.length })}
      </Title>
      <Table data-testid="team-members">
        <Table.Tbody>
          {members.map((m) => (
            <Table.Tr key={m.id} data-testid="team-member">
              <Table.Td>
                {m.displayName} {!m.active && <Badge color="gray" variant="light">{t('users.deactivated')}</Badge>}
              </Table.Td>
              <Table.Td c="dimmed">{m.email}</Table.Td>
              <Table.Td align="right">
                <Button size="xs" variant="subtle" color="red" onClick={() => void remove(m.id)} aria-label={t('teams.removeNamed', { name: m.displayName })} data-testid="team-member-remove">
                  {t('teams.remove')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Stack gap="xs" mt="sm">
        <Group align="flex-end" gap="xs">
          <Select
            label={t('teams.addMember')}
            placeholder={t('teams.pickPerson')}
            searchable
            data={candidates.map((p) => ({ value: String(p.id), label: p.displayName }))}
            value={pick}
            onChange={(v) => {
              setPick(v);
              setMoveAsk(null);
            }}
            w={260}
            data-testid="team-add-pick"
          />
          <Button disabled={!pick} onClick={() => pick && void add(Number(pick), false)} data-testid="team-add">
            {t('teams.add')}
          </Button>
        </Group>
        {moveAsk && (
          <Alert color="yellow" data-testid="team-move-ask" title={t('teams.moveTitle')}>
            {t('teams.moveQuestion', { name: asked?.displayName ?? '', from: moveAsk.from, to: team.name })}
            <Group mt="xs" gap="xs">
              <Button size="xs" onClick={() => void add(moveAsk.userId, true)} data-testid="team-move-confirm">
                {t('teams.move')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setMoveAsk(null)}>
                {t('users.cancel')}
              </Button>
            </Group>
          </Alert>
        )}
        {problem !== null && (
          <Alert color="red" role="alert" data-testid="team-error">
            {describeError(t, problem)}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
