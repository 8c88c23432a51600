import type Modeler from 'bpmn-js/lib/Modeler';
import { useEffect } from 'react';

interface Bus {
  on(events: string[], fn: () => void): void;
  off(events: string[], fn: () => void): void;
}

/**
 * Asks before the tab is closed or reloaded with edits made since the model was loaded or
 * last deployed (the browser shows its own wording).
 */
export function useUnsavedWarning(modeler: Modeler | null) {
  useEffect(() => {
    if (!modeler) return;
    const bus = modeler.get('eventBus') as Bus;
    let dirty = false;
    const changed = () => {
      dirty = (modeler.get('commandStack') as { canUndo(): boolean }).canUndo();
    };
    const clean = () => {
      dirty = false;
    };
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty) e.preventDefault();
    };
    bus.on(['commandStack.changed'], changed);
    bus.on(['import.done', 'crm.deployed'], clean);
    window.addEventListener('beforeunload', warn);
    return () => {
      bus.off(['commandStack.changed'], changed);
      bus.off(['import.done', 'crm.deployed'], clean);
      window.removeEventListener('beforeunload', warn);
    };
  }, [modeler]);
}
