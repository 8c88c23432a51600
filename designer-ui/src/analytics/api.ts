import { api } from '../api/client';

export interface NodeStatistics {
  nodeId: string;
  nodeType: string | null;
  entered: number;
  completed: number;
  open: number;
  avgMs: number | null;
  p90Ms: number | null;
  withDueDate: number;
  slaBreaches: number;
}

export interface StatisticsFilter {
  key: string;
  version?: number;
  from?: string;
  to?: string;
  manager?: number;
  team?: number;
  source?: string;
}

const query = (values: Record<string, string | number | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== '') q.set(k, String(v));
  return q.toString();
};

/** Dates picked as days: "to" includes the whole day. */
const endOfDay = (day?: string) => (day ? `${day}T23:59:59.999Z` : undefined);

/** The statistics of a slice; the XLSX export asks the same path. */
export function statisticsPath(f: StatisticsFilter) {
  const q = query({ version: f.version, from: f.from, to: endOfDay(f.to), manager: f.manager, team: f.team, source: f.source });
  return `/process-definitions/${encodeURIComponent(f.key)}/statistics?${q}`;
}

export function nodeStatistics(f: StatisticsFilter) {
  return api.get<{ key: string; version: number | null; nodes: NodeStatistics[] }>(statisticsPath(f));
}

export const listTeams = () => api.get<{ items: { id: number; name: string }[] }>('/teams');

export interface FunnelStage {
  stage: string;
  entered: number;
  enteredAmount: Record<string, number>;
  conversionToNext: number | null;
  avgTimeMs: number | null;
  medianTimeMs: number | null;
  openDeals: number;
  openAmount: Record<string, number>;
}

export interface Funnel {
  process: { key: string; version: number | null; stages: string[] };
  stages: FunnelStage[];
  forecast: { openDeals: number; openAmount: Record<string, number>; expectedAmount: Record<string, number>; minSampleSize: number };
  history: { closedDeals: number; won: number };
}

export const funnelPath = (f: { process: string; from?: string; to?: string; manager?: number }) =>
  `/analytics/funnel?${query({ process: f.process, from: f.from, to: f.to, manager: f.manager })}`;

export function salesFunnel(f: { process: string; from?: string; to?: string; manager?: number }) {
  return api.get<Funnel>(funnelPath(f));
}

export interface ClassRow {
  counterpartyId: number;
  name: string;
  total: number;
  revenue: number;
  margin: number;
  share: number;
  abc: 'A' | 'B' | 'C';
  xyz: 'X' | 'Y' | 'Z';
  cv: number | null;
}

export interface AbcXyz {
  clients: number;
  matrix: Record<string, number>;
  items: ClassRow[];
  thresholds: { a: number; b: number; c: number; x: number; y: number };
}

export const abcXyzPath = (f: { from: string; to: string; measure: 'revenue' | 'margin' }) => `/analyses/abc-xyz?${query({ from: f.from, to: f.to, measure: f.measure, limit: 10000 })}`;

export function abcXyz(f: { from: string; to: string; measure: 'revenue' | 'margin' }) {
  return api.get<AbcXyz>(abcXyzPath(f));
}
