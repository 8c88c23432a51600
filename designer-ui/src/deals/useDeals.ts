import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { dealBoard, getDeal, moreCards, moveDeal, type BoardColumn, type Deal, type DealFilter } from './api';

export type MoveOutcome = { kind: 'moved'; deal: Deal; stage: string } | { kind: 'refused'; deal: Deal; stage: string; error: ApiError };

/**
 * The deals board of a process under a filter: columns with the server's counts and sums and
 * the first cards, "show more" per column, and moving a deal (waiting until its process moved it).
 */
export function useDeals(filter: DealFilter) {
  const [columns, setColumns] = useState<BoardColumn[]>([]);
  const [stages, setStages] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  // Answers of an older filter that arrive late must not overwrite the newer board.
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const ask = ++latest.current;
    try {
      const board = await dealBoard(filter);
      if (ask !== latest.current) return;
      setColumns(board.columns);
      setStages(board.stages);
      setError(null);
    } catch (err) {
      if (ask === latest.current) setError(err);
    } finally {
      if (ask === latest.current) setLoading(false);
    }
  }, [filter]);

  useEffect(() => {
    setLoading(true);
    void reload();
  }, [reload]);

  const showMore = useCallback(
    async (column: BoardColumn) => {
      if (column.nextOffset === null) return;
      try {
        const page = await moreCards(filter, column.stage, column.nextOffset);
        setColumns((cols) => cols.map((c) => (c.stage === column.stage ? { ...c, items: [...c.items, ...page.items.filter((d) => !c.items.some((o) => o.id === d.id))], nextOffset: page.nextOffset } : c)));
      } catch (err) {
        setError(err);
      }
    },
    [filter],
  );

  const move = useCallback(
    async (deal: Deal, stage: string, lostReason?: string): Promise<MoveOutcome> => {
      try {
        await moveDeal(deal.id, stage, lostReason);
      } catch (err) {
        if (err instanceof ApiError && err.status !== 0) return { kind: 'refused', deal, stage, error: err };
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

  return { columns, stages, error, loading, reload, showMore, move };
}
