import { Alert, Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { describeError } from '../api/describeError';
import { mergeApi, readable, type DuplicatePair, type MergePreview } from './mergeApi';

/**
 * The preview of merging one record of a pair into the other: which one survives (swappable),
 * which fields it takes over and how many linked records move. Merging sends the preview's
 * version: if either record changed meanwhile, the server refuses and the preview is redone.
 */
export function MergeReview({ pair, onClose, onMerged }: { pair: DuplicatePair; onClose: () => void; onMerged: () => void }) {
  const { t } = useTranslation();
  const [ids, setIds] = useState({ survivor: pair.a.id, merged: pair.b.id });
  const [preview, setPreview] = useState<{ body: MergePreview; etag: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    setPreview(null);
    try {
      const answer = await mergeApi.preview(ids.survivor, ids.merged);
      setPreview({ body: answer.body, etag: answer.etag ?? '' });
    } catch (err) {
      setError(err);
    }
  }, [ids]);

  useEffect(() => {
    void load();
  }, [load]);

  async function merge() {
    if (!preview) return;
    setBusy(true);
    setError(null);
    try {
      await mergeApi.merge(ids.survivor, ids.merged, preview.etag);
      onMerged();
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) {
        setNotice(t('clients.merge.changed'));
        await load();
      } else setError(err);
    } finally {
      setBusy(false);
    }
  }

  const p = preview?.body;
  return (
    <Modal opened onClose={onClose} size="lg" title={t('clients.merge.title')} data-testid="merge-review">
      <Stack gap="sm">
        {notice && (
          <Alert color="yellow" data-testid="merge-changed">
            {notice}
          </Alert>
        )}
        {error !== null && (
          <Alert color="red" role="alert">
            {describeError(t, error)}
          </Alert>
        )}
        {p && (
          <>
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" data-testid="merge-direction">
                {t('clients.merge.direction', { merged: p.merged.name, survivor: p.survivor.name })}
              </Text>
              <Button variant="default" size="xs" onClick={() => setIds({ survivor: ids.merged, merged: ids.survivor })} data-testid="merge-swap">
                {t('clients.merge.swap')}
              </Button>
            </Group>
            <Text fw={600} size="sm">
              {t('clients.merge.fields')}
            </Text>
            {p.fields.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('clients.merge.noFields')}
              </Text>
            ) : (
              <Table data-testid="merge-fields">
                <Table.Tbody>
                  {p.fields.map((f) => (
                    <Table.Tr key={f.field}>
                      <Table.Td>{t(`clients.field.${f.field}`, { defaultValue: f.field })}</Table.Td>
                      <Table.Td c="dimmed">{readable(f.from)}</Table.Td>
                      <Table.Td>→ {readable(f.to)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Text fw={600} size="sm">
              {t('clients.merge.moves')}
            </Text>
            <Group gap="xs" data-testid="merge-moves">
              {p.moves.map((m) => (
                <Badge key={m.name} variant={m.count ? 'filled' : 'light'} color={m.count ? 'blue' : 'gray'}>
                  {m.name}: {m.count}
                </Badge>
              ))}
            </Group>
            <Text size="xs" c="dimmed">
              {t('clients.merge.afterwards', { merged: p.merged.name })}
            </Text>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('clients.cancel')}
          </Button>
          <Button color="red" onClick={() => void merge()} loading={busy} disabled={!p} data-testid="merge-confirm">
            {t('clients.merge.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
