import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findDelegates } from './api';

/** Picks the colleague a task goes to (search by name or e-mail). */
export function DelegateDialog({ opened, onClose, onPick }: { opened: boolean; onClose: () => void; onPick: (userId: number) => Promise<void> }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 200);
  const [people, setPeople] = useState<{ value: string; label: string }[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!opened) return;
    findDelegates(query)
      .then((r) => setPeople(r.items.map((p) => ({ value: String(p.id), label: `${p.displayName} <${p.email}>` }))))
      .catch(() => setPeople([]));
  }, [opened, query]);

  const submit = async () => {
    if (!chosen) return;
    setBusy(true);
    try {
      await onPick(Number(chosen));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('task.delegateTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Select
            label={t('task.delegateTo')}
            data={people}
            value={chosen}
            onChange={setChosen}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            nothingFoundMessage={t('task.nobodyFound')}
            data-autofocus
            data-testid="delegate-user"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('task.cancel')}
            </Button>
            <Button type="submit" disabled={!chosen} loading={busy} data-testid="delegate-confirm">
              {t('task.delegate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
