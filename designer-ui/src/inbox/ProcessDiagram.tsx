import { Alert, Box } from '@mantine/core';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { processXml } from './api';
import classes from './ProcessDiagram.module.css';

interface Canvas {
  zoom(level: string, center?: 'auto'): void;
  addMarker(element: string, marker: string): void;
}

/** The process version's diagram (pan and zoom), with the task's own node highlighted. */
export function ProcessDiagram({ processKey, version, nodeId }: { processKey: string; version: number; nodeId: string }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const viewer = new NavigatedViewer({ container: container.current! });
    let alive = true;
    processXml(processKey, version)
      .then((xml) => viewer.importXML(xml))
      .then(() => {
        if (!alive) return;
        const canvas = viewer.get<Canvas>('canvas');
        canvas.zoom('fit-viewport', 'auto');
        canvas.addMarker(nodeId, 'task-current');
      })
      .catch(() => alive && setFailed(true));
    return () => {
      alive = false;
      viewer.destroy();
    };
  }, [processKey, version, nodeId]);

  if (failed) return <Alert color="yellow">{t('task.diagramUnavailable')}</Alert>;
  return <Box ref={container} h={280} className={classes.diagram} data-testid="task-diagram" />;
}
