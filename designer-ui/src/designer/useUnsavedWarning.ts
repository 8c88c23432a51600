import type Modeler from 'bpmn-js/lib/Modeler';
import { useEffect, useRef } from 'react';
import { useBlocker, type Blocker } from 'react-router';

interface Bus {
  on(events: string[], fn: () => void): void;
  off(events: string[], fn: () => void): void;
}

/**
 * Asks before edits made since the model was loaded or last deployed are lost: closing or
 * reloading the tab gets the browser's own question, leaving the designer inside the app
 * (another menu item, a link, Back) is held by the returned blocker until the user answers.
 */
export function useUnsavedWarning(modeler: Modeler | null): Blocker {
  const dirty = useRef(false);
  // Read at navigation time, so the latest edit counts without re-rendering on every change.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty.current && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!modeler) return;
    const bus = modeler.get('eventBus') as Bus;
    dirty.current = false;
    const changed = () => {
      dirty.current = (modeler.get('commandStack') as { canUndo(): boolean }).canUndo();
    };
    const clean = () => {
      dirty.current = false;
    };
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current) e.preventDefault();
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

  return blocker;
}
