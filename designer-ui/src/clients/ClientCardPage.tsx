import { Alert, Badge, Button, Grid, Group, Loader, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { describeError } from '../api/describeError';
import type { User } from '../api/types';
import { DealForm } from '../deals/DealForm';
import { ClientInteractions } from '../interactions/ClientInteractions';
import { NotFoundPage } from '../pages/NotFoundPage';
import { canWriteSales } from '../sales/roles';
import { StartProcessButton } from '../start-process/StartProcessButton';
import { CardEditForm } from './CardEditForm';
import { ClientDetails } from './ClientDetails';
import { CompletenessPanel } from './CompletenessPanel';
import { ClassHistoryPanel } from './ClassHistoryPanel';
import { MergedOrMissing } from './MergedOrMissing';
import { ContactsPanel } from './ContactsPanel';
import { HistoryPanel } from './HistoryPanel';
import { RelationsPanel } from './RelationsPanel';
import { TimelinePanel } from './TimelinePanel';
import { useClientCard } from './useClientCard';

/** One client: fields (editable), contacts, relations, timeline, history and completeness. */
export function ClientCardPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { state, reload } = useClientCard(id);
  const [editing, setEditing] = useState(false);
  const [newDeal, setNewDeal] = useState(false);
  const navigate = useNavigate();

  // Someone else's client answers 404 like a missing one: the card does not reveal that it exists.
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  if (state.kind === 'loading') return <Loader m="xl" />;
  if (state.kind === 'failed') {
    if (state.error instanceof ApiError && state.error.status === 404) return <MergedOrMissing id={id} />;
    return (
      <Alert color="red" role="alert">
        {describeError(t, state.error)}
      </Alert>
    );
  }
  const { counterparty: client, contacts, relations, timeline } = state.dossier;

  return (
    <Stack gap="md" data-testid="client-card" data-id={client.id}>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={1} size="h3" data-testid="client-card-name">
            {client.name}
          </Title>
          <Badge variant="light">{t(`clients.status.${client.status}`)}</Badge>
        </Group>
        <Group gap="sm">
          {canWriteSales(user.roles) && (
            <Button variant="light" onClick={() => setNewDeal(true)} data-testid="client-new-deal">
              {t('deals.form.new')}
            </Button>
          )}
          <StartProcessButton user={user} record={{ type: 'client', id: String(client.id) }} />
          {!editing && (
            <Button variant="light" onClick={() => setEditing(true)} data-testid="client-edit">
              {t('clients.edit')}
            </Button>
          )}
        </Group>
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p="md">
            {editing ? (
              <CardEditForm
                client={client}
                onCancel={() => setEditing(false)}
                onSaved={() => {
                  setEditing(false);
                  reload();
                }}
              />
            ) : (
              <ClientDetails client={client} />
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          {client.completeness && <CompletenessPanel completeness={client.completeness} />}
          <ClassHistoryPanel counterpartyId={client.id} />
        </Grid.Col>
      </Grid>
      <ClientInteractions user={user} counterpartyId={client.id} contacts={contacts} onChanged={reload} />
      <Paper withBorder p="md">
        <Tabs defaultValue="timeline" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="timeline" data-testid="tab-timeline">
              {t('clients.tabs.timeline')}
            </Tabs.Tab>
            <Tabs.Tab value="contacts" data-testid="tab-contacts">
              {t('clients.tabs.contacts')} <Text span c="dimmed">({contacts.length})</Text>
            </Tabs.Tab>
            <Tabs.Tab value="relations" data-testid="tab-relations">
              {t('clients.tabs.relations')} <Text span c="dimmed">({relations.length})</Text>
            </Tabs.Tab>
            <Tabs.Tab value="history" data-testid="tab-history">
              {t('clients.tabs.history')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="timeline">
            <TimelinePanel entries={timeline} />
          </Tabs.Panel>
          <Tabs.Panel value="contacts">
            <ContactsPanel counterpartyId={client.id} contacts={contacts} onChanged={reload} />
          </Tabs.Panel>
          <Tabs.Panel value="relations">
            <RelationsPanel counterpartyId={client.id} relations={relations} onChanged={reload} />
          </Tabs.Panel>
          <Tabs.Panel value="history">
            <HistoryPanel changes={state.history} userId={user.id} />
          </Tabs.Panel>
        </Tabs>
      </Paper>
      {newDeal && <DealForm clientId={client.id} userId={user.id} onClose={() => setNewDeal(false)} onSaved={(deal) => void navigate(`/deals/${deal.id}`)} />}
    </Stack>
  );
}
