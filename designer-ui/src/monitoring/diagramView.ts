import type NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Canvas {
  zoom(level?: string | number, center?: string | { x: number; y: number }): number;
  resized(): void;
  viewbox(box?: Box): Box & { scale: number; inner: Box; outer: { width: number; height: number } };
}

interface Registry {
  get(id: string): Box | undefined;
}

/**
 * Below this scale labels stop being readable on a laptop screen; a wide diagram is shown at
 * this scale around the steps that matter instead of being shrunk to fit.
 */
export const readableScale = 0.75;

const boundsOf = (boxes: Box[]): Box => {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
};

const clamp = (value: number, low: number, high: number) => (low > high ? (low + high) / 2 : Math.min(high, Math.max(low, value)));

/**
 * Fits the whole diagram when it stays readable; otherwise shows it at a readable scale,
 * centred on the focus (the current steps), or on its start when nothing is in focus.
 */
export function showDiagram(viewer: NavigatedViewer, focus: string[]) {
  const canvas = viewer.get('canvas') as Canvas;
  canvas.resized();
  canvas.zoom('fit-viewport', 'auto');
  const { scale, inner, outer } = canvas.viewbox();
  if (scale >= readableScale) return;
  showFocus(viewer, focus, inner, outer);
}

/** Centres the focus at the readable scale (or keeps the current scale when that is larger). */
export function showFocus(viewer: NavigatedViewer, focus: string[], inner = (viewer.get('canvas') as Canvas).viewbox().inner, outer = (viewer.get('canvas') as Canvas).viewbox().outer) {
  const canvas = viewer.get('canvas') as Canvas;
  const registry = viewer.get('elementRegistry') as Registry;
  const scale = Math.max(readableScale, canvas.viewbox().scale);
  const boxes = focus.map((id) => registry.get(id)).filter((b): b is Box => !!b);
  const target = boxes.length ? boundsOf(boxes) : { x: inner.x, y: inner.y + inner.height / 2, width: 0, height: 0 };
  const width = outer.width / scale;
  const height = outer.height / scale;
  const margin = 40;
  const centreX = boxes.length ? target.x + target.width / 2 - width / 2 : inner.x - margin;
  canvas.viewbox({
    x: clamp(centreX, inner.x - margin, inner.x + inner.width + margin - width),
    y: clamp(target.y + target.height / 2 - height / 2, inner.y - margin, inner.y + inner.height + margin - height),
    width,
    height,
  });
}

/** One zoom step in or out around the middle of the box. */
export function zoomBy(viewer: NavigatedViewer, factor: number) {
  const canvas = viewer.get('canvas') as Canvas;
  const { outer } = canvas.viewbox();
  canvas.zoom(canvas.zoom() * factor, { x: outer.width / 2, y: outer.height / 2 });
}
