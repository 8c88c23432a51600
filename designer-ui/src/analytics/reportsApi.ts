import { API_BASE, ApiError, api, type Problem } from '../api/client';
import type { ApiBody, Schema } from '../api/types';

export type Segmentation = Schema<'SegmentationReport'>;
export type SegmentationRow = Schema<'SegmentationRow'>;
export type SalesImport = Schema<'SalesLinesImport'>;
export type Recalculation = Schema<'AbcXyzRecalculation'>;
export type RecalculateInput = ApiBody<'/api/v1/analyses/abc-xyz/recalculate'>;

export const segmentationDimensions = ['industry', 'region', 'size', 'abcClass', 'xyzClass', 'status'] as const;
export type SegmentationDimension = (typeof segmentationDimensions)[number];

/** The report of a period; the XLSX export asks the same path. */
export const segmentationPath = (p: { from: string; to: string }) => `/reports/segmentation?${new URLSearchParams(p).toString()}`;

export const segmentationReport = (p: { from: string; to: string }, signal?: AbortSignal) => api.get<Segmentation>(segmentationPath(p), { signal });

export const recalculateAbcXyz = (input: RecalculateInput) => api.post<Recalculation>('/analyses/abc-xyz/recalculate', input);

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Sends a CSV or XLSX file of sales lines as it is (the API reads the raw upload, not a form):
 * `dryRun` only reports what would be stored and which rows are wrong.
 */
export async function importSalesFile(file: File, dryRun: boolean): Promise<SalesImport> {
  const type = /\.xlsx$/i.test(file.name) ? xlsxType : 'text/csv';
  let response: Response;
  try {
    response = await fetch(`${API_BASE}/sales-lines/import-file?dryRun=${dryRun}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json, application/problem+json', 'Content-Type': type },
      body: file,
    });
  } catch (err) {
    throw new ApiError({ status: 0, code: 'network', title: 'Network error', detail: (err as Error).message });
  }
  const body = (await response.json().catch(() => undefined)) as unknown;
  if (response.ok) return body as SalesImport;
  const problem = body as Partial<Problem> | undefined;
  throw new ApiError({ status: response.status, code: problem?.code ?? 'http_error', title: problem?.title ?? `HTTP ${response.status}`, detail: problem?.detail, errors: problem?.errors });
}
