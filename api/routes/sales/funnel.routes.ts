import { z } from 'zod';
import { loadAccess } from '../../../domain/access/index.ts';
import { salesFunnel } from '../../../domain/sales/index.ts';
import { defineRoute } from '../../route.ts';
import { funnelSheets } from '../../exports/funnel.sheets.ts';
import { labelsFor } from '../../exports/labels.ts';
import { formatParam, sendWorkbook, wantsXlsx } from '../../exports/workbook.ts';
import { salesReaders } from './http.ts';

const money = z.record(z.string(), z.number());
const band = (key: string) => z.object({ [key]: z.string(), deals: z.number().int(), amount: money });

const funnelSchema = z
  .object({
    process: z.object({ key: z.string(), version: z.number().int().nullable(), stages: z.array(z.string()) }),
    stages: z.array(z.object({
      stage: z.string(), entered: z.number().int(), enteredAmount: money, conversionToNext: z.number().nullable(),
      avgTimeMs: z.number().nullable(), medianTimeMs: z.number().nullable(), timedStays: z.number().int(), openDeals: z.number().int(), openAmount: money,
    })),
    openDeals: z.array(z.object({
      dealId: z.number().int(), stage: z.string(), timeInStageMs: z.number(), probability: z.number().nullable(),
      basis: z.enum(['stage_and_time', 'stage', 'model', 'none']), sampleSize: z.number().int(), amount: z.number(), currency: z.string(),
    })),
    forecast: z.object({ openDeals: z.number().int(), openAmount: money, expectedAmount: money, minSampleSize: z.number().int() }),
    history: z.object({ closedDeals: z.number().int(), won: z.number().int() }),
    calibration: z.array(z.object({ band: z.string(), predictions: z.number().int(), avgPredicted: z.number().nullable(), actualWinRate: z.number().nullable() })),
    lost: z.object({ byReason: z.array(band('reason')), byStage: z.array(band('stage')), byCompetitor: z.array(band('competitor')) }),
  })
  .meta({ id: 'SalesFunnel' });

export function funnelRoutes() {
  return [
    defineRoute({
      method: 'get', path: '/analytics/funnel',
      summary: 'Sales funnel of a process: per stage deals and amounts entering, conversion, time in stage, open amount; win probability per open deal, forecast, calibration, lost deals',
      tags: ['analytics'], access: salesReaders,
      query: z.object({
        process: z.string().regex(/^[a-z0-9_-]{1,64}$/).default('sales-pipeline'),
        processVersion: z.coerce.number().int().positive().optional(),
        from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
        to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
        manager: z.coerce.number().int().positive().optional(),
        team: z.coerce.number().int().positive().optional(),
        source: z.string().max(100).optional(),
        ...formatParam,
      }),
      responses: { 200: { description: 'The funnel (amounts in minor units per currency; times in ms)', schema: funnelSchema }, 422: { description: 'Unknown process or version' } },
      async handle({ em, query, user, req, res }) {
        const { format, ...filter } = query;
        const funnel = await salesFunnel(em, await loadAccess(em, user), { ...filter, processKey: filter.process });
        if (wantsXlsx(req, format)) return sendWorkbook(res, `funnel-${filter.process}`, funnelSheets(funnel, labelsFor(req, user)));
        return { body: funnel };
      },
    }),
  ];
}
