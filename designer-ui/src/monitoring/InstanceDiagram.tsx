import { useCallback } from 'react';
import type NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { useTranslation } from 'react-i18next';
import type { InstanceDetail } from './api';
import { BpmnDiagram } from './BpmnDiagram';
import { flowTaken, pathTaken } from './instancePath';
import { diagramServices } from './viewerServices';

/** The instance's version with the path taken in blue, current nodes in green and incidents in red. */
export function InstanceDiagram({ xml, instance }: { xml: string; instance: InstanceDetail }) {
  const { t } = useTranslation();
  const decorate = useCallback(
    (viewer: NavigatedViewer) => {
      const { canvas, overlays, registry } = diagramServices(viewer);
      const path = pathTaken(instance.history);
      const incidentNodes = new Set((instance.incidents ?? []).map((i) => i.nodeId));
      const current = new Set(instance.status === 'active' || instance.status === 'incident' ? instance.currentNodes : []);
      const marked: [string, string][] = [];
      const mark = (id: string, marker: string) => {
        if (!registry.get(id)) return;
        canvas.addMarker(id, marker);
        marked.push([id, marker]);
      };
      for (const element of registry.getAll()) {
        const bo = element.businessObject;
        if (element.type === 'bpmn:SequenceFlow' && bo.sourceRef && bo.targetRef && flowTaken(path, bo.sourceRef.id, bo.targetRef.id)) mark(element.id, 'mon-taken');
      }
      for (const id of path.entered) if (!current.has(id)) mark(id, 'mon-visited');
      for (const id of current) mark(id, incidentNodes.has(id) ? 'mon-incident' : 'mon-current');
      for (const id of incidentNodes) if (!current.has(id)) mark(id, 'mon-incident');
      const added = [...current].filter((id) => registry.get(id)).map((id) =>
        overlays.add(id, { position: { top: -12, right: 12 }, html: `<span class="mon-token" data-testid="token-${escapeAttr(id)}" title="${escapeAttr(t('monitoring.instance.tokenHere'))}">●</span>` }),
      );
      return () => {
        for (const [id, marker] of marked) canvas.removeMarker(id, marker);
        for (const overlay of added) overlays.remove(overlay);
      };
    },
    [instance, t],
  );
  const focus = instance.status === 'active' || instance.status === 'incident' ? instance.currentNodes : [];
  return <BpmnDiagram xml={xml} decorate={decorate} testId="instance-diagram" focus={focus} />;
}

export const escapeAttr = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
