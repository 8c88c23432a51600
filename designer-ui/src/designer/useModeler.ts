import type Modeler from 'bpmn-js/lib/Modeler';
import type NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import i18n from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { createModeler, createViewer } from './createModeler';

type Diagram = Modeler | NavigatedViewer;

/**
 * Mounts a bpmn-js modeler (or, read-only, a viewer) into the returned refs and shows `xml`.
 * `error` is set when the XML cannot be shown (not BPMN, broken file).
 */
export function useDiagram<T extends Diagram>(xml: string | null, readOnly: boolean) {
  const canvasRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [diagram, setDiagram] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(0);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const created = readOnly ? createViewer(canvas) : createModeler(canvas, panelRef.current!);
    setDiagram(created as T);
    // Alerts above the canvas change its height without a window resize: tell diagram-js, so the
    // palette re-flows and the viewport matches the box.
    const canvasService = created.get('canvas') as { resized(): void };
    const observer = new ResizeObserver(() => canvasService.resized());
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      created.destroy();
      setDiagram(null);
    };
  }, [readOnly]);

  useEffect(() => {
    if (!diagram) return;
    // diagram-js redraws its palette on this event; the translate service reads the new language.
    const relabel = () => (diagram.get('eventBus') as { fire(e: string): void }).fire('i18n.changed');
    i18n.on('languageChanged', relabel);
    return () => i18n.off('languageChanged', relabel);
  }, [diagram]);

  useEffect(() => {
    if (!diagram || xml === null) return;
    let current = true;
    diagram
      .importXML(xml)
      .then(() => {
        if (!current) return;
        setError(null);
        (diagram.get('canvas') as { zoom: (level: string, center?: string) => void }).zoom('fit-viewport', 'auto');
        setLoaded((n) => n + 1);
      })
      .catch((err: Error) => current && setError(err.message));
    return () => {
      current = false;
    };
  }, [diagram, xml]);

  return { canvasRef, panelRef, diagram, error, loaded };
}
