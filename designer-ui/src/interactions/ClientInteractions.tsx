import { Alert, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import type { User } from '../api/types';
import type { Contact } from '../clients/types';
import { useLiveEvent } from '../live/useLiveEvent';
import { interactionsApi, type Interaction } from './api';
import { CancelDialog } from './CancelDialog';
import { CompleteDialog } from './CompleteDialog';
import { InteractionForm } from './InteractionForm';
import { PlannedContacts } from './PlannedContacts';
import { ReminderForm } from './ReminderForm';
import { mayWriteInteractions } from './roles';

type Dialog = { kind: 'log' | 'plan' | 'reminder' } | { kind: 'complete' | 'cancel'; interaction: Interaction } | null;

/**
 * The client card's work with the client: log what happened, plan the next contact, set a
 * reminder, and complete or cancel planned contacts. Every change reloads the card so the
 * dossier timeline shows it at once.
 */
export function ClientInteractions({ user, counterpartyId, contacts, onChanged }: { user: User; counterpartyId: number; contacts: Contact[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const [planned, setPlanned] = useState<Interaction[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const writer = mayWriteInteractions(user);

  const load = useCallback(() => {
    interactionsApi
      .planned(counterpartyId)
      .then((page) => (setPlanned(page.items), setError(null)))
      .catch(setError);
  }, [counterpartyId]);
  useEffect(load, [load]);
  // A colleague's change (or a contact turning overdue) shows without a reload.
  useLiveEvent('inbox.changed', load);

  const saved = () => {
    setDialog(null);
    load();
    onChanged();
  };

  return (
    <Paper withBorder p="md" data-testid="client-interactions">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h5">
            {t('interactions.planned.title')}
          </Title>
          {writer && (
            <Group gap="xs">
              <Button size="xs" onClick={() => setDialog({ kind: 'log' })} data-testid="log-interaction">
                {t('interactions.log.action')}
              </Button>
              <Button size="xs" variant="light" onClick={() => setDialog({ kind: 'plan' })} data-testid="plan-contact">
                {t('interactions.plan.action')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setDialog({ kind: 'reminder' })} data-testid="add-reminder">
                {t('interactions.reminder.action')}
              </Button>
            </Group>
          )}
        </Group>
        {error !== null && <Alert color="red">{describeError(t, error)}</Alert>}
        <PlannedContacts
          items={planned}
          onComplete={writer ? (interaction) => setDialog({ kind: 'complete', interaction }) : undefined}
          onCancel={writer ? (interaction) => setDialog({ kind: 'cancel', interaction }) : undefined}
        />
      </Stack>
      {(dialog?.kind === 'log' || dialog?.kind === 'plan') && <InteractionForm mode={dialog.kind} user={user} counterpartyId={counterpartyId} contacts={contacts} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog?.kind === 'reminder' && <ReminderForm counterpartyId={counterpartyId} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog?.kind === 'complete' && <CompleteDialog interaction={dialog.interaction} onClose={() => setDialog(null)} onDone={saved} />}
      {dialog?.kind === 'cancel' && <CancelDialog interaction={dialog.interaction} onClose={() => setDialog(null)} onDone={saved} />}
    </Paper>
  );
}
