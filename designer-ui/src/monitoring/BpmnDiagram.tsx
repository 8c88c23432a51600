import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import './diagram.css';
import { ActionIcon, Alert, Box, Group } from '@mantine/core';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showDiagram, showFocus, zoomBy, type Canvas } from './diagramView';

/** Paints on a shown diagram (markers, overlays) and returns how to wipe it off again. */
export type Decorate = (viewer: NavigatedViewer) => (() => void) | void;

interface Props {
  xml: string;
  decorate?: Decorate;
  /** The tallest the box grows; a flat diagram gets a lower box instead of blank space. */
  maxHeight?: number;
  testId?: string;
  /** Element ids to keep in view when the diagram is too wide to fit readably (the current steps). */
  focus?: string[];
}

/** Room for the diagram at its natural scale plus the badges above its shapes. */
const fittedHeight = (canvas: Canvas, maxHeight: number) => Math.round(Math.min(maxHeight, Math.max(280, canvas.viewbox().inner.height + 160)));

/**
 * A read-only BPMN diagram (pan with the mouse, zoom with the wheel or the buttons) fitted to its
 * box when it stays readable, else shown readable around its focus.
 * Decorations are applied after the import and re-applied when they change, without
 * re-importing, so the user's zoom survives a filter change.
 */
export function BpmnDiagram({ xml, decorate, maxHeight = 560, testId = 'bpmn-diagram', focus = [] }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [viewer, setViewer] = useState<NavigatedViewer | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [height, setHeight] = useState(maxHeight);

  useEffect(() => {
    if (!container.current) return;
    const created = new NavigatedViewer({ container: container.current });
    let live = true;
    created
      .importXML(xml)
      .then(() => {
        if (!live) return;
        setHeight(fittedHeight(created.get('canvas') as Canvas, maxHeight));
        setFailed(null);
        setViewer(created);
      })
      .catch((err: Error) => live && setFailed(err.message));
    return () => {
      live = false;
      setViewer(null);
      created.destroy();
    };
  }, [xml, maxHeight]);

  const focusKey = focus.join(',');
  // Fit after the box took its height, so the whole diagram shows, centred.
  useEffect(() => {
    if (viewer) showDiagram(viewer, focusKey ? focusKey.split(',') : []);
  }, [viewer, height, focusKey]);

  useEffect(() => {
    if (!viewer || !decorate) return;
    return decorate(viewer) ?? undefined;
  }, [viewer, decorate]);

  return (
    <>
      {failed && (
        <Alert color="red" role="alert" mb="sm">
          {t('monitoring.diagramFailed', { message: failed })}
        </Alert>
      )}
      <Box pos="relative">
        <Box
        ref={container}
        data-testid={testId}
        data-ready={viewer ? 'true' : 'false'}
        className="monitoring-diagram"
        h={height}
        bd="1px solid var(--mantine-color-gray-3)"
        style={{ borderRadius: 'var(--mantine-radius-md)', overflow: 'hidden', background: 'white' }}
        />
        {viewer && (
          <Group gap={4} pos="absolute" top={8} right={8} data-testid={`${testId}-zoom`}>
            <ActionIcon variant="default" aria-label={t('monitoring.zoom.in')} title={t('monitoring.zoom.in')} onClick={() => zoomBy(viewer, 1.25)} data-testid="zoom-in">
              +
            </ActionIcon>
            <ActionIcon variant="default" aria-label={t('monitoring.zoom.out')} title={t('monitoring.zoom.out')} onClick={() => zoomBy(viewer, 0.8)} data-testid="zoom-out">
              −
            </ActionIcon>
            <ActionIcon variant="default" aria-label={t('monitoring.zoom.fit')} title={t('monitoring.zoom.fit')} onClick={() => (viewer.get('canvas') as Canvas).zoom('fit-viewport', 'auto')} data-testid="zoom-fit">
              ⤢
            </ActionIcon>
            {focus.length > 0 && (
              <ActionIcon variant="default" aria-label={t('monitoring.zoom.current')} title={t('monitoring.zoom.current')} onClick={() => showFocus(viewer, focus)} data-testid="zoom-current">
                ◎
              </ActionIcon>
            )}
          </Group>
        )}
      </Box>
    </>
  );
}
