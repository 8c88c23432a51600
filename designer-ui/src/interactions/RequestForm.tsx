import { Alert, Button, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../api/client';
import type { User } from '../api/types';
import { useServerErrors } from '../forms/useServerErrors';
import { ClientPicker } from '../pickers/ClientPicker';
import { listTeams, requestChannels, requestsApi, type RequestInput, type Team } from './api';
import { ColleagueSelect } from './ColleagueSelect';

const FIELDS = ['counterpartyId', 'from', 'channel', 'text', 'addressee'] as const;

/**
 * Registers a call or message for someone who is out: which client, from whom, how it came,
 * what they want, and who gets it (a colleague, or a department whose head or least-loaded
 * member the server picks).
 */
export function RequestForm({ user, onClose, onSaved }: { user: User; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [counterpartyId, setCounterpartyId] = useState<number | null>(null);
  const [from, setFrom] = useState('');
  const [channel, setChannel] = useState<string>('phone');
  const [text, setText] = useState('');
  const [routeTo, setRouteTo] = useState<'person' | 'team'>('person');
  const [userId, setUserId] = useState<number | null>(null);
  const [teamId, setTeamId] = useState<string | null>(null);
  const [teams, setTeams] = useState<Team[]>([]);
  const [busy, setBusy] = useState(false);
  const errors = useServerErrors(FIELDS);
  const idempotencyKey = useRef(newIdempotencyKey());

  useEffect(() => {
    // Roles without the team list (agents) route to a person only.
    listTeams().then(setTeams, () => setTeams([]));
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    errors.setError(null);
    const addressee = routeTo === 'team' ? { teamId: Number(teamId) } : { userId: Number(userId) };
    const input: RequestInput = { counterpartyId, from: from.trim(), channel: channel as RequestInput['channel'], text: text.trim(), addressee };
    try {
      await requestsApi.register(input, idempotencyKey.current);
      onSaved();
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('requests.register.title')} size="lg">
      <form onSubmit={submit} noValidate data-testid="request-form">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <ClientPicker label={t('requests.fields.client')} value={counterpartyId} onChange={(v) => (setCounterpartyId(v), errors.clearField('counterpartyId'))} error={errors.byField.counterpartyId} clearable data-testid="request-client" />
            <TextInput label={t('requests.fields.from')} value={from} onChange={(e) => (setFrom(e.currentTarget.value), errors.clearField('from'))} error={errors.byField.from} required data-autofocus data-testid="request-from" />
          </SimpleGrid>
          <Select label={t('requests.fields.channel')} data={requestChannels.map((c) => ({ value: c, label: t(`requests.channel.${c}`) }))} value={channel} onChange={(v) => setChannel(v ?? 'phone')} allowDeselect={false} error={errors.byField.channel} data-testid="request-channel" />
          <Textarea label={t('requests.fields.text')} value={text} onChange={(e) => (setText(e.currentTarget.value), errors.clearField('text'))} error={errors.byField.text} required autosize minRows={3} data-testid="request-text" />
          <SegmentedControl
            data={[
              { value: 'person', label: t('requests.routeTo.person') },
              ...(teams.length ? [{ value: 'team', label: t('requests.routeTo.team') }] : []),
            ]}
            value={routeTo}
            onChange={(v) => (setRouteTo(v as 'person' | 'team'), errors.clearField('addressee'))}
            aria-label={t('requests.fields.addressee')}
          />
          {routeTo === 'person' ? (
            <ColleagueSelect self={user} label={t('requests.fields.addressee')} value={userId} onChange={(v) => (setUserId(v), errors.clearField('addressee'))} error={errors.byField.addressee} required data-testid="request-addressee" />
          ) : (
            <Select label={t('requests.fields.team')} description={t('requests.teamHint')} data={teams.map((tm) => ({ value: String(tm.id), label: tm.name }))} value={teamId} onChange={(v) => (setTeamId(v), errors.clearField('addressee'))} error={errors.byField.addressee} required data-testid="request-team" />
          )}
          {errors.formError && <Alert color="red" role="alert">{errors.formError}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('interactions.close')}
            </Button>
            <Button type="submit" loading={busy} data-testid="request-save">
              {t('requests.register.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
