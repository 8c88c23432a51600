import type { RefObject } from 'react';

/** The canvas (and, when editing, the properties panel beside it), filling the rest of the screen. */
export function DiagramFrame({ canvasRef, panelRef }: { canvasRef: RefObject<HTMLDivElement | null>; panelRef?: RefObject<HTMLDivElement | null> }) {
  return (
    <div className="crm-designer" style={{ flex: 1, minHeight: 420 }}>
      <div className="crm-designer-canvas" ref={canvasRef} data-testid="bpmn-canvas" />
      {panelRef ? <div className="crm-designer-panel" ref={panelRef} data-testid="properties-panel" /> : null}
    </div>
  );
}

/** The main area below the header, so the canvas gets all the height there is. */
export const fullHeight = 'calc(100dvh - 56px - 2 * var(--mantine-spacing-lg))';
