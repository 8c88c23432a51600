import { z } from 'zod';
import { loadAccess } from '../../../domain/access/index.ts';
import { dealBoard, stageCards, type BoardColumn } from '../../../domain/sales/index.ts';
import { defineRoute } from '../../route.ts';
import { dealSchema, presentDeal } from './deals.schema.ts';
import { salesReaders } from './http.ts';

const tags = ['deals'];

const filterQuery = {
  processKey: z.string().regex(/^[a-z0-9_-]{1,64}$/),
  responsibleId: z.coerce.number().int().positive().optional().meta({ description: "Only the deals this manager is responsible for" }),
  counterpartyId: z.coerce.number().int().positive().optional(),
  search: z.string().max(200).optional().meta({ description: "Part of the deal's title or its client's name, any case" }),
  limit: z.coerce.number().int().min(1).max(100).default(20).meta({ description: 'Cards per stage' }),
};

const amounts = z.record(z.string(), z.number().int()).meta({ description: 'Sum per currency in minor units; currencies are never added up' });
const columnSchema = z
  .object({
    stage: z.string().nullable().meta({ description: 'null: deals whose process has not placed them on a stage yet' }),
    count: z.number().int().meta({ description: 'Every deal of the stage passing the filter' }),
    amounts,
    items: z.array(dealSchema),
    nextOffset: z.number().int().nullable().meta({ description: 'Pass as offset to /deals/board/cards for the next cards; null when all were sent' }),
  })
  .meta({ id: 'DealBoardColumn' });

const presentColumn = (c: BoardColumn) => ({ stage: c.stage, count: c.count, amounts: c.amounts, items: c.cards.map(presentDeal), nextOffset: c.nextOffset });

/**
 * The deals board loads per stage: counts and sums of the whole stage come from the database,
 * cards a page at a time, so a process with thousands of deals opens as fast as one with ten.
 */
export function dealBoardRoutes() {
  return [
    defineRoute({
      method: 'get', path: '/deals/board', summary: "The deals board of a process: per stage the count and per-currency sum of all its deals in your reach, and the first cards", tags, access: salesReaders,
      query: z.object(filterQuery),
      responses: { 200: { description: 'Columns in funnel order, then other stages, then deals not placed yet', schema: z.object({ stages: z.array(z.string()), columns: z.array(columnSchema) }).meta({ id: 'DealBoard' }) } },
      async handle({ em, query, user }) {
        const { limit, ...filter } = query;
        const board = await dealBoard(em, await loadAccess(em, user), filter, limit);
        return { body: { stages: board.stages, columns: board.columns.map(presentColumn) } };
      },
    }),
    defineRoute({
      method: 'get', path: '/deals/board/cards', summary: 'The next cards of one column of the deals board ("show more")', tags, access: salesReaders,
      query: z.object({
        ...filterQuery,
        stage: z.string().max(200).meta({ description: 'The column; an empty value is the column of deals not placed yet' }),
        offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
      }),
      responses: { 200: { description: 'A page of cards', schema: z.object({ items: z.array(dealSchema), nextOffset: z.number().int().nullable() }) } },
      async handle({ em, query, user }) {
        const { limit, stage, offset, ...filter } = query;
        const page = await stageCards(em, await loadAccess(em, user), filter, stage || null, offset, limit);
        return { body: { items: page.cards.map(presentDeal), nextOffset: page.nextOffset } };
      },
    }),
  ];
}
