import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * What a manager should reach in a period (`2026-11` a month, `2026-Q4` a quarter): the amount
 * of deals won (minor units of `currency`), the number of deals won and of interactions done.
 */
export const SalesPlanSchema = defineEntity({
  name: 'SalesPlan',
  tableName: 'sales_plan',
  properties: {
    id: p.integer().primary().autoincrement(),
    userId: p.integer(),
    period: p.string().length(7),
    currency: p.string().length(3),
    amountWon: p.bigint('number').default(0),
    dealsWon: p.integer().default(0),
    interactionsDone: p.integer().default(0),
    setBy: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});
export type SalesPlan = InferEntity<typeof SalesPlanSchema>;
