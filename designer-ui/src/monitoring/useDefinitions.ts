import { useEffect, useState } from 'react';
import { listDefinitions, type ProcessDefinition } from './api';

/** The deployed process keys, for the process pickers of the monitoring screens. */
export function useDefinitions(): ProcessDefinition[] {
  const [items, setItems] = useState<ProcessDefinition[]>([]);
  useEffect(() => {
    listDefinitions()
      .then((answer) => setItems(answer.items))
      .catch(() => setItems([]));
  }, []);
  return items;
}
