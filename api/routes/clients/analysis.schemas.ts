import { z } from 'zod';

/** Answers of the client analyses (sales-line import, ABC/XYZ recalculation, class history, segmentation). */

/** Values a row error's sentence names (`value`, `max`, `options`, `login`, …). */
export const importIssueParams = z.record(z.string(), z.union([z.string(), z.number()]));

const period = z.object({ from: z.iso.date(), to: z.iso.date() });

export const salesImportSchema = z
  .object({
    dryRun: z.boolean(),
    rows: z.number().int().meta({ description: 'Data rows read (the header row is not counted)' }),
    valid: z.number().int().meta({ description: 'Rows that would be (or were) stored' }),
    imported: z.number().int(),
    skipped: z.number().int().meta({ description: 'Valid rows imported before (same reference): not stored again' }),
    errors: z.array(
      z.object({
        row: z.number().int().meta({ description: 'Line in the file, the header being line 1' }),
        field: z.string(),
        code: z.string().meta({ description: 'What is wrong: required, invalid_date, invalid_amount, invalid_client_id, missing_client, unknown_client, too_long, …' }),
        params: importIssueParams,
        message: z.string().meta({ description: 'The same in English' }),
      }),
    ),
  })
  .meta({ id: 'SalesLinesImport' });

export const recalculationSchema = z
  .object({ classified: z.number().int(), cleared: z.number().int().meta({ description: 'Clients that lost their class (no sales in the period)' }) })
  .meta({ id: 'AbcXyzRecalculation' });

export const classHistorySchema = z
  .object({
    items: z.array(
      z.object({
        measure: z.string(),
        from: z.iso.date(),
        to: z.iso.date(),
        abc: z.enum(['A', 'B', 'C']),
        xyz: z.enum(['X', 'Y', 'Z']),
        total: z.number(),
        share: z.number().meta({ description: 'Fraction (0–1) of the total' }),
        cv: z.number().nullable(),
        computedAt: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: 'ClientClassHistory' });

const segmentRow = z
  .object({ value: z.string().nullable().meta({ description: 'null: the field is empty (or the client has no class)' }), clients: z.number().int(), revenue: z.number(), margin: z.number() })
  .meta({ id: 'SegmentationRow' });

export const segmentationSchema = z
  .object({
    period,
    industry: z.array(segmentRow),
    region: z.array(segmentRow),
    size: z.array(segmentRow),
    abcClass: z.array(segmentRow),
    xyzClass: z.array(segmentRow),
    status: z.array(segmentRow),
  })
  .meta({ id: 'SegmentationReport' });
