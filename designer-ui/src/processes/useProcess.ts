import { useCallback, useEffect, useState } from 'react';
import { getProcess, setActiveVersion, type ProcessDetail } from './processesApi';

/** One process key with its versions, and "make active" with the ETag it was read with. */
export function useProcess(key: string) {
  const [process, setProcess] = useState<ProcessDetail | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      setProcess(await getProcess(key));
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [key]);

  useEffect(() => {
    void load();
  }, [load]);

  const makeActive = async (version: number) => {
    if (!process?.etag) return;
    try {
      await setActiveVersion(key, version, process.etag);
    } catch (err) {
      setError(err);
    }
    // Reloaded either way: after a 412 the user sees what someone else changed.
    await load().catch(() => undefined);
  };

  return { process, error, makeActive };
}
