import type NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

/** The parts of the diagram-js API the monitoring screens use, typed narrowly. */
export interface DiagramElement {
  id: string;
  type: string;
  businessObject: { id: string; name?: string; sourceRef?: { id: string }; targetRef?: { id: string } };
}
interface Canvas {
  addMarker(id: string, marker: string): void;
  removeMarker(id: string, marker: string): void;
}
interface Overlays {
  add(id: string, overlay: { position: Record<string, number>; html: string }): string;
  remove(id: string): void;
}
interface Registry {
  get(id: string): DiagramElement | undefined;
  getAll(): DiagramElement[];
}

export function diagramServices(viewer: NavigatedViewer) {
  return {
    canvas: viewer.get('canvas') as Canvas,
    overlays: viewer.get('overlays') as Overlays,
    registry: viewer.get('elementRegistry') as Registry,
  };
}
