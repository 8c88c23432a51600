import { useCallback, useEffect, useState } from 'react';
import { getInstance, versionXml, type InstanceDetail } from './api';

/** An instance, the BPMN of the version it runs, and a reload that waits for the engine to move. */
export function useInstance(workflowId: string) {
  const [instance, setInstance] = useState<InstanceDetail | null>(null);
  const [xml, setXml] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    try {
      const fresh = await getInstance(workflowId);
      setInstance(fresh);
      setError(null);
      return fresh;
    } catch (err) {
      setError(err);
      return null;
    }
  }, [workflowId]);

  useEffect(() => {
    setInstance(null);
    void reload();
  }, [reload]);

  // A running instance moves on its own (tasks done elsewhere, timers): keep the view current.
  const live = instance?.status === 'active' || instance?.status === 'incident';
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => void reload(), 5000);
    return () => clearInterval(timer);
  }, [live, reload]);

  const key = instance?.definitionKey;
  const version = instance?.versionNumber;
  useEffect(() => {
    if (!key || !version) return;
    versionXml(key, version).then(setXml, setError);
  }, [key, version]);

  /** After a retry or cancel the engine answers at once but moves a moment later: poll until it changed. */
  const reloadUntil = useCallback(
    async (changed: (fresh: InstanceDetail) => boolean) => {
      for (let i = 0; i < 30; i++) {
        const fresh = await reload();
        if (!fresh || changed(fresh)) return;
        await new Promise((r) => setTimeout(r, 300));
      }
    },
    [reload],
  );

  return { instance, xml, error, reload, reloadUntil };
}
