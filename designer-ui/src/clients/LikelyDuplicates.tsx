import { Alert, Anchor, Badge, Group, List, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import type { ApiResponse } from '../api/types';
import type { Draft } from './draft';

type Candidates = ApiResponse<'/api/v1/counterparties/duplicate-candidates'>;
type Candidate = Candidates['items'][number];

/** Waits for a pause in typing before asking, so the server is asked once per pause, not per key. */
const PAUSE_MS = 350;

function typedQuery(draft: Draft): string | null {
  const params = new URLSearchParams({ limit: '5' });
  if (draft.name.trim().length >= 3) params.set('name', draft.name.trim());
  if (draft.phone.trim().length >= 5) params.set('phone', draft.phone.trim());
  if (draft.email.includes('@')) params.set('email', draft.email.trim());
  if (draft.taxId.trim().length >= 6) params.set('taxId', draft.taxId.trim());
  return params.size > 1 ? params.toString() : null;
}

/** Likely duplicates of the client being typed, among those the user may see, with why each matched. */
export function LikelyDuplicates({ draft }: { draft: Draft }) {
  const { t } = useTranslation();
  const [found, setFound] = useState<Candidate[]>([]);
  const query = typedQuery(draft);

  useEffect(() => {
    if (!query) {
      setFound([]);
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(() => {
      api
        .get<Candidates>(`/counterparties/duplicate-candidates?${query}`, { signal: abort.signal })
        .then((answer) => setFound(answer.items))
        .catch(() => {
          // A failed check must not block typing; the server checks again on save.
        });
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [query]);

  if (!found.length) return null;
  return (
    <Alert color="yellow" mt="md" title={t('clients.duplicates.title')} data-testid="likely-duplicates">
      <Text size="sm" mb="xs">
        {t('clients.duplicates.text')}
      </Text>
      <List size="sm" spacing={4}>
        {found.map((c) => (
          <List.Item key={c.id} data-testid="likely-duplicate">
            <Group gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/clients/${c.id}`} target="_blank">
                {c.name}
              </Anchor>
              {c.reasons.map((r) => (
                <Badge key={r.kind} size="xs" variant="light" color="yellow">
                  {t(`clients.duplicates.reason.${r.kind}`)}
                </Badge>
              ))}
            </Group>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
