import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const shipmentStates = ['planned', 'shipped', 'cancelled'] as const;
export type ShipmentState = (typeof shipmentStates)[number];

export interface ShipmentLine {
  productId: number;
  qty: number;
}

/**
 * Goods going out for a deal (or an invoice of one). While planned, its own small process
 * (`workflowId`, key `sales-shipment`) watches the planned time and escalates when it passes.
 */
export const ShipmentSchema = defineEntity({
  name: 'Shipment',
  tableName: 'shipment',
  properties: {
    id: p.integer().primary().autoincrement(),
    dealId: p.integer().nullable(),
    invoiceId: p.integer().nullable(),
    counterpartyId: p.integer().nullable(),
    responsibleId: p.integer(),
    teamId: p.integer().nullable(),
    lines: p.json<ShipmentLine[]>(),
    plannedAt: p.datetime(),
    shippedOn: p.string().columnType('date').nullable(),
    state: p.string().length(10).$type<ShipmentState>().default('planned'),
    notes: p.string().length(2000).nullable(),
    workflowId: p.string().length(200).nullable(),
    creationKey: p.string().length(200).nullable(),
    createdBy: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});
export type Shipment = InferEntity<typeof ShipmentSchema>;
