import { Badge, Button, Group, Modal, Select, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import { ExportXlsxButton } from '../export/ExportXlsxButton';
import { exportHref } from './clientsApi';
import { rulesOf, segmentsApi, type Segment } from './segments';
import type { ListFilter } from './types';

interface Props {
  filter: ListFilter;
  onChange: (filter: ListFilter) => void;
}

/** Picks a saved segment (or all clients), saves the current filters as one, and exports what is listed. */
export function SegmentBar({ filter, onChange }: Props) {
  const { t } = useTranslation();
  const [segments, setSegments] = useState<Segment[]>([]);
  const [count, setCount] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const rules = rulesOf(filter);

  useEffect(() => {
    const abort = new AbortController();
    segmentsApi
      .list(abort.signal)
      .then((answer) => setSegments(answer.items))
      .catch(() => {
        // Without the list the user still has the filters; nothing to show.
      });
    return () => abort.abort();
  }, []);

  useEffect(() => {
    setCount(null);
    if (!filter.segmentId) return;
    const abort = new AbortController();
    segmentsApi
      .count(filter.segmentId, abort.signal)
      .then((answer) => setCount(answer.count))
      .catch(() => {});
    return () => abort.abort();
  }, [filter.segmentId]);

  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
      <Select
        label={t('clients.segments.label')}
        placeholder={t('clients.segments.all')}
        data={segments.map((s) => ({ value: String(s.id), label: s.name }))}
        value={filter.segmentId ? String(filter.segmentId) : null}
        onChange={(v) => onChange({ sort: filter.sort, ...(v ? { segmentId: Number(v) } : {}) })}
        clearable
        searchable
        w={260}
        data-testid="segment-select"
      />
      {count !== null && (
        <Badge variant="light" size="lg" mb={6} data-testid="segment-count">
          {t('clients.segments.count', { count })}
        </Badge>
      )}
      {!filter.segmentId && (
        <Button variant="default" disabled={!rules} onClick={() => setSaving(true)} title={rules ? undefined : t('clients.segments.needFilter')} data-testid="segment-save">
          {t('clients.segments.save')}
        </Button>
      )}
      <ExportXlsxButton href={exportHref(filter)} size="sm" testId="clients-export" />
      {saving && rules && (
        <SaveSegment
          rules={rules}
          onClose={() => setSaving(false)}
          onSaved={(s) => {
            setSaving(false);
            setSegments((before) => [...before, s].sort((a, b) => a.name.localeCompare(b.name)));
            onChange({ sort: filter.sort, segmentId: s.id });
          }}
        />
      )}
    </Group>
  );
}

function SaveSegment({ rules, onClose, onSaved }: { rules: NonNullable<ReturnType<typeof rulesOf>>; onClose: () => void; onSaved: (s: Segment) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      onSaved(await segmentsApi.save(name, rules));
    } catch (err) {
      setError(describeError(t, err));
    }
  }
  return (
    <Modal opened onClose={onClose} title={t('clients.segments.saveTitle')}>
      <form onSubmit={submit} noValidate>
        <TextInput label={t('clients.segments.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={error} data-autofocus data-testid="segment-name" />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t('clients.cancel')}
          </Button>
          <Button type="submit" data-testid="segment-save-confirm">
            {t('clients.save')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
