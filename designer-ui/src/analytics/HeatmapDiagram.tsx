import type NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { BpmnDiagram } from '../monitoring/BpmnDiagram';
import { escapeAttr } from '../monitoring/InstanceDiagram';
import { diagramServices } from '../monitoring/viewerServices';
import type { NodeStatistics } from './api';
import { formatDuration } from './duration';
import { heatBuckets, type HeatMeasure } from './heat';

/** The version's diagram with a figure badge over each node and its fill coloured by time or open tokens. */
export function HeatmapDiagram({ xml, nodes, by }: { xml: string; nodes: NodeStatistics[]; by: HeatMeasure }) {
  const { t, i18n } = useTranslation();
  const decorate = useCallback(
    (viewer: NavigatedViewer) => {
      const { canvas, overlays, registry } = diagramServices(viewer);
      const buckets = heatBuckets(nodes, by);
      const marked: [string, string][] = [];
      const added: string[] = [];
      for (const n of nodes) {
        if (!registry.get(n.nodeId)) continue;
        const bucket = buckets.get(n.nodeId);
        if (bucket !== undefined) {
          canvas.addMarker(n.nodeId, `heat-${bucket}`);
          marked.push([n.nodeId, `heat-${bucket}`]);
        }
        const instant = registry.get(n.nodeId)!.type.endsWith('Event') && !n.avgMs && !n.open;
        added.push(overlays.add(n.nodeId, { position: { top: -4, left: -6 }, html: badge(n, instant) }));
      }
      return () => {
        for (const [id, marker] of marked) canvas.removeMarker(id, marker);
        for (const o of added) overlays.remove(o);
      };

      /**
       * Up to three short lines, so a badge stays about as wide as its shape and clear of the next
       * one; an event that takes no time shows only its count, so it does not cover its neighbour.
       */
      function badge(n: NodeStatistics, instant: boolean): string {
        const d = (ms: number | null) => escapeAttr(formatDuration(ms, i18n.language));
        const open = n.open > 0 ? ` · <span class="mon-open">${escapeAttr(t('analytics.heatmap.open', { n: n.open }))}</span>` : '';
        const sla = n.slaBreaches > 0 ? `<br/><span class="mon-sla" data-testid="heat-sla">${escapeAttr(t('analytics.heatmap.sla', { n: n.slaBreaches }))}</span>` : '';
        return `<div class="mon-badge-anchor"><div class="mon-badge" data-testid="heat-${escapeAttr(n.nodeId)}" data-passed="${n.completed}" data-open="${n.open}">
          <b data-testid="heat-passed">${escapeAttr(t('analytics.heatmap.passed', { n: n.completed }))}</b>${open}${sla}${
            instant ? '' : `<br/>${escapeAttr(t('analytics.heatmap.avg'))} ${d(n.avgMs)} · p90 ${d(n.p90Ms)}`
          }</div></div>`;
      }
    },
    [nodes, by, t, i18n.language],
  );
  return <BpmnDiagram xml={xml} decorate={decorate} maxHeight={600} testId="heatmap-diagram" />;
}
