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
    // Choosing an option puts its label in the search box: that is no new search.
    if (people.some((p) => p.value === chosen && p.label === query)) return;
    findDelegates(query)
      .then((r) => setPeople(keepChosen(people, chosen, r.items.map((p) => ({ value: String(p.id), label: `${p.displayName} <${p.email}>` })))))
      .catch(() => undefined);
    // Runs per search, not per answer (people and chosen are read, not watched).
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

/** The chosen colleague stays among the options while other searches come back. */
function keepChosen(old: { value: string; label: string }[], chosen: string | null, found: { value: string; label: string }[]) {
  const kept = old.filter((o) => o.value === chosen && !found.some((f) => f.value === o.value));
  return [...kept, ...found];
}
