import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { Health } from '../api/types';

const REFRESH_MS = 10_000;

export interface HealthState {
  health: Health | null;
  error: unknown;
  checkedAt: Date | null;
}

/** Polls /health every 10 s; a 503 still carries the report, so it is data, not an error. */
export function useHealth(): HealthState {
  const [state, setState] = useState<HealthState>({ health: null, error: null, checkedAt: null });

  useEffect(() => {
    let controller: AbortController | null = null;
    async function load() {
      controller?.abort();
      controller = new AbortController();
      try {
        const health = await api.get<Health>('/health', { signal: controller.signal, acceptStatuses: [503] });
        setState({ health, error: null, checkedAt: new Date() });
      } catch (error) {
        if (controller?.signal.aborted) return;
        setState((s) => ({ ...s, error, checkedAt: new Date() }));
      }
    }
    void load();
    const timer = window.setInterval(() => void load(), REFRESH_MS);
    return () => {
      window.clearInterval(timer);
      controller?.abort();
    };
  }, []);

  return state;
}
