import { api } from '../api/client';
import type { ApiResponse, Schema } from '../api/types';

export type NodeStatistics = Schema<'NodeStatistics'>;

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
  return api.get<Schema<'ProcessStatistics'>>(statisticsPath(f));
}

export const listTeams = () => api.get<ApiResponse<'/api/v1/teams'>>('/teams');

export type Funnel = Schema<'SalesFunnel'>;
export type FunnelStage = Funnel['stages'][number];

export const funnelPath = (f: { process: string; from?: string; to?: string; manager?: number }) =>
  `/analytics/funnel?${query({ process: f.process, from: f.from, to: f.to, manager: f.manager })}`;

export function salesFunnel(f: { process: string; from?: string; to?: string; manager?: number }) {
  return api.get<Funnel>(funnelPath(f));
}

export type ClassRow = Schema<'AbcXyzClassRow'>;

export type AbcXyz = Schema<'AbcXyzAnalysis'>;

/** Class limits in percent (the server's defaults when absent). */
type Limits = { a?: number; b?: number; x?: number; y?: number };

/** `manager`: only the clients that user is responsible for. */
type AbcXyzFilter = { from: string; to: string; measure: 'revenue' | 'margin'; manager?: number } & Limits;

export const abcXyzPath = (f: AbcXyzFilter) =>
  `/analyses/abc-xyz?${query({ from: f.from, to: f.to, measure: f.measure, a: f.a, b: f.b, x: f.x, y: f.y, manager: f.manager, limit: 10000 })}`;

export function abcXyz(f: AbcXyzFilter) {
  return api.get<AbcXyz>(abcXyzPath(f));
}
