import { Alert, Anchor, Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { describeError } from '../api/describeError';
import { clientsApi } from './clientsApi';
import { relationKinds, type Relation } from './types';

/** Relations both ways (parent company, partner, competitor, …) and a small form to add one to another client. */
export function RelationsPanel({ counterpartyId, relations, onChanged }: { counterpartyId: number; relations: Relation[]; onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="relations-panel">
      {relations.length === 0 ? (
        <Text c="dimmed">{t('clients.relations.none')}</Text>
      ) : (
        <Table>
          <Table.Tbody>
            {relations.map((r) => (
              <Table.Tr key={r.id} data-testid="relation-row">
                <Table.Td>
                  <Badge variant="light">{t(`clients.relationKind.${r.kind}`)}</Badge>
                </Table.Td>
                <Table.Td>{t(`clients.relations.${r.direction}`)}</Table.Td>
                <Table.Td>
                  {r.other.type === 'counterparty' ? (
                    <Anchor component={Link} to={`/clients/${r.other.id}`}>
                      {r.other.name ?? `#${r.other.id}`}
                    </Anchor>
                  ) : (
                    (r.other.name ?? `#${r.other.id}`)
                  )}
                </Table.Td>
                <Table.Td c="dimmed">{r.note}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <AddRelation counterpartyId={counterpartyId} onAdded={onChanged} />
    </Stack>
  );
}

function AddRelation({ counterpartyId, onAdded }: { counterpartyId: number; onAdded: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<string | null>(null);
  const [other, setOther] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    clientsApi
      .list({ q: q || undefined, sort: 'name' }, null, controller.signal)
      .then((page) => setOptions(page.items.filter((c) => c.id !== counterpartyId).map((c) => ({ value: String(c.id), label: c.name }))))
      .catch(() => undefined);
    return () => controller.abort();
  }, [q, counterpartyId]);

  async function add() {
    setError(null);
    try {
      await api.post('/relations', { from: { type: 'counterparty', id: counterpartyId }, to: { type: 'counterparty', id: Number(other) }, kind });
      setOther(null);
      setKind(null);
      onAdded();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <>
      <Group align="flex-end" gap="sm">
        <Select label={t('clients.relations.kind')} data={relationKinds.map((k) => ({ value: k, label: t(`clients.relationKind.${k}`) }))} value={kind} onChange={setKind} w={200} />
        <Select
          label={t('clients.relations.other')}
          data={options}
          value={other}
          onChange={setOther}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          nothingFoundMessage={t('clients.list.empty')}
          w={280}
        />
        <Button variant="light" disabled={!kind || !other} onClick={() => void add()}>
          {t('clients.relations.add')}
        </Button>
      </Group>
      {error !== null && (
        <Alert color="red" role="alert">
          {describeError(t, error)}
        </Alert>
      )}
    </>
  );
}
