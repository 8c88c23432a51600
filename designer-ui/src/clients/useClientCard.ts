import { useCallback, useEffect, useState } from 'react';
import { clientsApi } from './clientsApi';
import type { Change, Dossier } from './types';

export type CardState = { kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'ready'; dossier: Dossier; history: Change[] };

/** The dossier and field history of one client; `reload` after any change so the timeline follows. */
export function useClientCard(id: number) {
  const [state, setState] = useState<CardState>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    Promise.all([clientsApi.dossier(id, controller.signal), clientsApi.history(id, controller.signal)])
      .then(([dossier, history]) => setState({ kind: 'ready', dossier, history: history.items }))
      .catch((error: unknown) => controller.signal.aborted || setState({ kind: 'failed', error }));
    return () => controller.abort();
  }, [id, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { state, reload };
}
