import { Alert, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../api/client';
import { useServerErrors } from '../forms/useServerErrors';
import { interactionsApi, plannedKinds, type Interaction, type InteractionInput } from './api';
import { toInstant, toLocalInput, tomorrowAt } from './localTime';
import { DateField } from '../dates/DateField';

const DONE_FIELDS = ['result', 'nextStep'] as const;
const NEXT_FIELDS = ['at', 'subject', 'kind'] as const;

interface Props {
  interaction: Interaction;
  onClose: () => void;
  onDone: () => void;
}

/**
 * Marks a planned contact done with its result and next step; optionally plans the next
 * contact with the same client in the same step. Once the first part is done a failed plan
 * keeps the dialog open on the plan's fields only, so nothing is completed twice.
 */
export function CompleteDialog({ interaction, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [result, setResult] = useState('');
  const [nextStep, setNextStep] = useState('');
  const [planNext, setPlanNext] = useState(false);
  const [nextKind, setNextKind] = useState<string>(plannedKinds[0]);
  const [nextAt, setNextAt] = useState(toLocalInput(tomorrowAt(10)));
  const [nextSubject, setNextSubject] = useState('');
  const [completed, setCompleted] = useState(false);
  const [busy, setBusy] = useState(false);
  const doneErrors = useServerErrors(DONE_FIELDS);
  const nextErrors = useServerErrors(NEXT_FIELDS);
  const idempotencyKey = useRef(newIdempotencyKey());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    doneErrors.setError(null);
    nextErrors.setError(null);
    try {
      if (!completed) {
        await interactionsApi.complete(interaction.id, { result: result.trim(), ...(nextStep.trim() ? { nextStep: nextStep.trim() } : {}) });
        setCompleted(true);
      }
    } catch (err) {
      doneErrors.setError(err);
      setBusy(false);
      return;
    }
    try {
      if (planNext) {
        const next: InteractionInput = { kind: nextKind as InteractionInput['kind'], counterpartyId: interaction.counterpartyId, at: toInstant(nextAt), subject: nextSubject.trim(), responsibleId: interaction.responsibleId, contactIds: interaction.contactIds, state: 'planned' };
        await interactionsApi.create(next, idempotencyKey.current);
      }
      onDone();
    } catch (err) {
      nextErrors.setError(err);
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={completed ? onDone : onClose} title={t('interactions.complete.title')} size="lg">
      <form onSubmit={submit} noValidate data-testid="complete-form">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t(`interactions.kind.${interaction.kind}`)}: {interaction.subject}
          </Text>
          <Textarea label={t('interactions.fields.result')} value={result} onChange={(e) => (setResult(e.currentTarget.value), doneErrors.clearField('result'))} error={doneErrors.byField.result} disabled={completed} required autosize minRows={2} data-autofocus data-testid="complete-result" />
          <TextInput label={t('interactions.fields.nextStep')} value={nextStep} onChange={(e) => (setNextStep(e.currentTarget.value), doneErrors.clearField('nextStep'))} error={doneErrors.byField.nextStep} disabled={completed} data-testid="complete-next-step" />
          {doneErrors.formError && <Alert color="red" role="alert">{doneErrors.formError}</Alert>}
          <Checkbox label={t('interactions.complete.planNext')} checked={planNext} onChange={(e) => setPlanNext(e.currentTarget.checked)} data-testid="complete-plan-next" />
          {planNext && (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Select label={t('interactions.fields.kind')} data={plannedKinds.map((k) => ({ value: k, label: t(`interactions.kind.${k}`) }))} value={nextKind} onChange={(v) => setNextKind(v ?? plannedKinds[0])} allowDeselect={false} error={nextErrors.byField.kind} />
              <DateField withTime label={t('interactions.fields.when')} value={nextAt} onChange={(value) => (setNextAt(value), nextErrors.clearField('at'))} error={nextErrors.byField.at} required data-testid="next-at" />
              <TextInput label={t('interactions.fields.subject')} value={nextSubject} onChange={(e) => (setNextSubject(e.currentTarget.value), nextErrors.clearField('subject'))} error={nextErrors.byField.subject} required data-testid="next-subject" />
            </SimpleGrid>
          )}
          {nextErrors.formError && <Alert color="red" role="alert">{nextErrors.formError}</Alert>}
          {completed && <Alert color="green">{t('interactions.complete.doneFixPlan')}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={completed ? onDone : onClose}>
              {t('interactions.close')}
            </Button>
            <Button type="submit" loading={busy} data-testid="complete-save">
              {t('interactions.complete.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
