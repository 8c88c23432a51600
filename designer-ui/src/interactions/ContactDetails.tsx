import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../api/describeError';
import type { User } from '../api/types';
import { formatDate } from '../i18n/format';
import { interactionsApi, type Interaction } from './api';
import { CancelDialog } from './CancelDialog';
import { CompleteDialog } from './CompleteDialog';
import { mayWriteInteractions } from './roles';

interface Props {
  user: User;
  id: number;
  /** The contact was completed or cancelled. */
  onChanged: () => void;
}

/** One interaction with what a manager does next: complete it with its result, or cancel it. */
export function ContactDetails({ user, id, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<{ interaction?: Interaction; error?: unknown }>({});
  const [dialog, setDialog] = useState<'complete' | 'cancel' | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    interactionsApi
      .get(id, abort.signal)
      .then((interaction) => setState({ interaction }))
      .catch((error: unknown) => abort.signal.aborted || setState({ error }));
    return () => abort.abort();
  }, [id, generation]);

  if (state.error !== undefined) return <Alert color="red">{describeError(t, state.error)}</Alert>;
  const i = state.interaction;
  if (!i) return <Loader size="sm" />;
  const when = (iso: string) => formatDate(iso, i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const planned = i.state === 'planned' && mayWriteInteractions(user);
  const done = () => {
    setDialog(null);
    setGeneration((g) => g + 1);
    onChanged();
  };
  const rows: [string, React.ReactNode][] = [
    [t('interactions.fields.kind'), t(`interactions.kind.${i.kind}`)],
    [t('interactions.fields.when'), when(i.at)],
    [t('interactions.fields.description'), i.description],
    [t('interactions.fields.result'), i.result],
    [t('interactions.fields.nextStep'), i.nextStep],
  ];

  return (
    <Stack gap="sm" data-testid="contact-details" data-state={i.state}>
      <Group gap="xs">
        <Text fw={600}>{i.subject}</Text>
        <Badge variant="light" color={i.overdue ? 'red' : i.state === 'done' ? 'green' : 'blue'}>
          {i.overdue ? t('interactions.overdue') : t(`interactions.state.${i.state}`)}
        </Badge>
      </Group>
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          {rows
            .filter(([, v]) => v)
            .map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={140}>{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
      {i.counterpartyId && (
        <Anchor component={Link} to={`/clients/${i.counterpartyId}`} size="sm">
          {t('interactions.openClient')}
        </Anchor>
      )}
      {planned && (
        <Group gap="xs">
          <Button onClick={() => setDialog('complete')} data-testid="contact-complete">
            {t('interactions.complete.action')}
          </Button>
          <Button variant="subtle" color="red" onClick={() => setDialog('cancel')} data-testid="contact-cancel">
            {t('interactions.cancelContact.action')}
          </Button>
        </Group>
      )}
      {dialog === 'complete' && <CompleteDialog interaction={i} onClose={() => setDialog(null)} onDone={done} />}
      {dialog === 'cancel' && <CancelDialog interaction={i} onClose={() => setDialog(null)} onDone={done} />}
    </Stack>
  );
}
