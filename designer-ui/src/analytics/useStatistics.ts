import { useEffect, useState } from 'react';
import { versionXml } from '../monitoring/api';
import { nodeStatistics, type NodeStatistics, type StatisticsFilter } from './api';

/** Per-node figures of a slice and the diagram of the version they are drawn on. */
export function useStatistics(filter: StatisticsFilter | null, diagramVersion: number | null) {
  const [nodes, setNodes] = useState<NodeStatistics[] | null>(null);
  const [xml, setXml] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!filter) return;
    let live = true;
    nodeStatistics(filter).then(
      (answer) => live && (setNodes(answer.nodes), setError(null)),
      (err) => live && (setNodes(null), setError(err)),
    );
    return () => {
      live = false;
    };
  }, [filter]);

  const key = filter?.key;
  useEffect(() => {
    if (!key || !diagramVersion) return;
    let live = true;
    versionXml(key, diagramVersion).then((x) => live && setXml(x), (err) => live && setError(err));
    return () => {
      live = false;
    };
  }, [key, diagramVersion]);

  return { nodes, xml, error };
}
