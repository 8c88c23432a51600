import { Alert, Button, Group, Modal, MultiSelect, NumberInput, SegmentedControl, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../api/client';
import type { User } from '../api/types';
import type { Contact } from '../clients/types';
import { useServerErrors } from '../forms/useServerErrors';
import { interactionsApi, loggedKinds, plannedKinds, type InteractionInput } from './api';
import { ColleagueSelect, ColleaguesSelect } from './ColleagueSelect';
import { nextHour, toInstant, toLocalInput } from './localTime';
import { DateField } from '../dates/DateField';

const FIELDS = ['kind', 'at', 'subject', 'contactIds', 'participantIds', 'result', 'nextStep', 'responsibleId', 'durationMinutes', 'remindBeforeMinutes', 'description'] as const;
type Field = (typeof FIELDS)[number];

interface Props {
  mode: 'log' | 'plan';
  user: User;
  counterpartyId: number;
  contacts: Contact[];
  onClose: () => void;
  onSaved: () => void;
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/**
 * "Log interaction" (a call, meeting, e-mail or note that happened, with its result and next
 * step) or "Plan contact" (when, who is responsible, a reminder before). The server validates;
 * its refusals show on the fields.
 */
export function InteractionForm({ mode, user, counterpartyId, contacts, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const planning = mode === 'plan';
  const kinds = planning ? plannedKinds : loggedKinds;
  const [kind, setKind] = useState<string>(kinds[0]);
  const [at, setAt] = useState(toLocalInput(planning ? nextHour() : new Date()));
  const [subject, setSubject] = useState('');
  const [contactIds, setContactIds] = useState<string[]>([]);
  const [participantIds, setParticipantIds] = useState<number[]>([]);
  const [duration, setDuration] = useState<number | string>('');
  const [result, setResult] = useState('');
  const [nextStep, setNextStep] = useState('');
  const [responsibleId, setResponsibleId] = useState<number | null>(user.id);
  const [remindBefore, setRemindBefore] = useState<number | string>(15);
  const [busy, setBusy] = useState(false);
  const errors = useServerErrors(FIELDS);
  const idempotencyKey = useRef(newIdempotencyKey());

  const change = <V,>(name: Field, set: (v: V) => void) => (v: V) => {
    set(v);
    errors.clearField(name);
  };
  const text = (name: Field, set: (v: string) => void) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => change(name, set)(e.currentTarget.value);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    errors.setError(null);
    const input = {
      kind: kind as InteractionInput['kind'],
      counterpartyId,
      at: toInstant(at),
      subject: subject.trim(),
      contactIds: contactIds.map(Number),
      participantIds,
      ...(typeof duration === 'number' ? { durationMinutes: duration } : {}),
      ...(planning
        ? { state: 'planned' as const, responsibleId: responsibleId ?? user.id, remindBeforeMinutes: typeof remindBefore === 'number' ? remindBefore : null }
        : { state: 'done' as const, result: orNull(result), nextStep: orNull(nextStep) }),
    };
    try {
      await interactionsApi.create(input, idempotencyKey.current);
      onSaved();
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t(planning ? 'interactions.plan.title' : 'interactions.log.title')} size="lg">
      <form onSubmit={submit} noValidate data-testid={planning ? 'plan-form' : 'log-form'}>
        <Stack gap="sm">
          <SegmentedControl
            data={kinds.map((k) => ({ value: k, label: t(`interactions.kind.${k}`) }))}
            value={kind}
            onChange={change('kind', setKind)}
            aria-label={t('interactions.fields.kind')}
            data-testid="interaction-kind"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <DateField withTime label={t(planning ? 'interactions.fields.when' : 'interactions.fields.at')} value={at} onChange={change('at', setAt)} error={errors.byField.at} required data-testid="interaction-at" />
            <NumberInput label={t('interactions.fields.duration')} value={duration} onChange={change('durationMinutes', setDuration)} min={0} max={1440} error={errors.byField.durationMinutes} />
          </SimpleGrid>
          <TextInput label={t('interactions.fields.subject')} value={subject} onChange={text('subject', setSubject)} error={errors.byField.subject} required data-autofocus data-testid="interaction-subject" />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <MultiSelect
              label={t('interactions.fields.contacts')}
              data={contacts.map((c) => ({ value: String(c.id), label: c.fullName }))}
              value={contactIds}
              onChange={change('contactIds', setContactIds)}
              error={errors.byField.contactIds}
              searchable
              clearable
              nothingFoundMessage={t('interactions.noContacts')}
              data-testid="interaction-contacts"
            />
            <ColleaguesSelect self={user} label={t('interactions.fields.participants')} value={participantIds} onChange={change('participantIds', setParticipantIds)} error={errors.byField.participantIds} clearable />
          </SimpleGrid>
          {planning ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <ColleagueSelect self={user} label={t('interactions.fields.responsible')} value={responsibleId} onChange={change('responsibleId', setResponsibleId)} error={errors.byField.responsibleId} data-testid="interaction-responsible" />
              <NumberInput label={t('interactions.fields.remindBefore')} value={remindBefore} onChange={change('remindBeforeMinutes', setRemindBefore)} min={0} error={errors.byField.remindBeforeMinutes} />
            </SimpleGrid>
          ) : (
            <>
              <Textarea label={t('interactions.fields.result')} value={result} onChange={text('result', setResult)} error={errors.byField.result} autosize minRows={2} data-testid="interaction-result" />
              <TextInput label={t('interactions.fields.nextStep')} value={nextStep} onChange={text('nextStep', setNextStep)} error={errors.byField.nextStep} data-testid="interaction-next-step" />
            </>
          )}
          {errors.formError && (
            <Alert color="red" role="alert">
              {errors.formError}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('interactions.close')}
            </Button>
            <Button type="submit" loading={busy} data-testid="interaction-save">
              {t(planning ? 'interactions.plan.save' : 'interactions.log.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
