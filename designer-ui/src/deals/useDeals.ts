import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client';
import { getDeal, listDeals, moveDeal, stagesOf, type Deal } from './api';

export type MoveOutcome = { kind: 'moved'; deal: Deal; stage: string } | { kind: 'refused'; deal: Deal; stage: string; message: string };

/** Deals and stages of one process, and moving a deal (waiting until its process has moved it). */
export function useDeals(processKey: string) {
  const [deals, setDeals] = useState<Deal[]>([]);
  const [stages, setStages] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);

  const reload = useCallback(async () => {
    try {
      const [d, s] = await Promise.all([listDeals(processKey), stagesOf(processKey)]);
      setDeals(d);
      setStages(s);
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  }, [processKey]);

  useEffect(() => {
    setLoading(true);
    void reload();
  }, [reload]);

  const move = useCallback(
    async (deal: Deal, stage: string, lostReason?: string): Promise<MoveOutcome> => {
      try {
        await moveDeal(deal.id, stage, lostReason);
      } catch (err) {
        if (err instanceof ApiError && err.status !== 0) return { kind: 'refused', deal, stage, message: err.detail ?? err.title };
        throw err;
      }
      // The process moves the token a moment later; the deal's stage follows it.
      for (let i = 0; i < 40; i++) {
        const fresh = await getDeal(deal.id);
        if (fresh.stage !== deal.stage || fresh.status !== deal.status) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      await reload();
      return { kind: 'moved', deal, stage };
    },
    [reload],
  );

  return { deals, stages, error, loading, reload, move };
}
