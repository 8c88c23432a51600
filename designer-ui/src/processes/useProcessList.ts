import { useCallback, useEffect, useState } from 'react';
import { getProcess, listProcesses, type ProcessDefinition, type ProcessVersion } from './processesApi';

export interface ProcessRow extends ProcessDefinition {
  versionCount: number;
  lastDeploy: ProcessVersion | null;
}

/** Every process key with its versions' summary (who deployed last and when). */
export function useProcessList() {
  const [rows, setRows] = useState<ProcessRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      const keys = await listProcesses();
      // A handful of keys per company: one call each is simpler than a summary endpoint.
      const details = await Promise.all(keys.map((d) => getProcess(d.key)));
      setRows(details.map((d) => ({ ...d, versionCount: d.versions.length, lastDeploy: d.versions[0] ?? null })));
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  return { rows, error };
}
