import type Modeler from 'bpmn-js/lib/Modeler';

const MARKER = 'crm-refused';

interface Services {
  canvas: { addMarker(id: string, m: string): void; removeMarker(id: string, m: string): void; scrollToElement(el: unknown): void };
  overlays: { add(id: string, type: string, o: object): void; remove(filter: { type: string }): void };
  elementRegistry: { get(id: string): unknown; forEach(fn: (el: { id: string }) => void): void };
  selection: { select(el: unknown): void };
}

function services(modeler: Modeler): Services {
  const get = (name: string) => modeler.get(name);
  return { canvas: get('canvas'), overlays: get('overlays'), elementRegistry: get('elementRegistry'), selection: get('selection') } as Services;
}

/** Outlines the refused elements in red with a badge counting their problems. */
export function markRefused(modeler: Modeler, elementIds: string[]): void {
  clearRefused(modeler);
  const { canvas, overlays, elementRegistry } = services(modeler);
  const counts = new Map<string, number>();
  for (const id of elementIds) if (id && elementRegistry.get(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [id, count] of counts) {
    canvas.addMarker(id, MARKER);
    const badge = document.createElement('div');
    badge.className = 'crm-refused-badge';
    badge.textContent = String(count);
    badge.dataset.testid = `refused-badge-${id}`;
    overlays.add(id, MARKER, { position: { top: -10, right: 10 }, html: badge });
  }
}

export function clearRefused(modeler: Modeler): void {
  const { canvas, overlays, elementRegistry } = services(modeler);
  overlays.remove({ type: MARKER });
  elementRegistry.forEach((el) => canvas.removeMarker(el.id, MARKER));
}

/** Selects an element (its properties open in the panel) and scrolls it into view. */
export function showElement(modeler: Modeler, id: string): boolean {
  const { canvas, elementRegistry, selection } = services(modeler);
  const element = elementRegistry.get(id);
  if (!element) return false;
  selection.select(element);
  canvas.scrollToElement(element);
  return true;
}
