import { z } from 'zod';
import { dealFields, dealPatch, dealStatuses, type Deal } from '../../../domain/sales/index.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

export const dealCreate = z.strictObject({
  ...dealFields,
  counterpartyId: z.number().int().positive(),
  contacts: dealFields.contacts.default([]),
  products: dealFields.products.default([]),
  competitors: dealFields.competitors.default([]),
  expectedCloseDate: dealFields.expectedCloseDate.optional(),
  responsibleId: dealFields.responsibleId.optional(),
  source: text(100).nullable().optional(),
  /** `sales` (the full Sales process) or `sales-pipeline` (stages moved by hand), or any deployed key. */
  processKey: z.string().regex(/^[a-z0-9_-]{1,64}$/).default('sales-pipeline'),
});

export { dealPatch };

export const dealSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    counterpartyId: z.number().int(),
    contacts: z.array(z.object({ contactId: z.number().int(), role: z.string() })),
    amount: z.number().int(),
    currency: z.string(),
    products: z.array(z.object({ productId: z.number().int(), qty: z.number() })),
    expectedCloseDate: z.string().nullable(),
    responsibleId: z.number().int().nullable(),
    teamId: z.number().int().nullable(),
    competitors: z.array(z.string()),
    lostReason: z.string().nullable(),
    source: z.string().nullable(),
    leadId: z.number().int().nullable(),
    processKey: z.string(),
    workflowId: z.string().nullable(),
    stage: z.string().nullable().meta({ description: 'The crm:stage of the node where the process token is' }),
    status: z.enum(dealStatuses),
    closedAt: z.string().nullable(),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Deal' });

export function presentDeal(d: Deal): z.infer<typeof dealSchema> {
  return {
    id: d.id, title: d.title, counterpartyId: d.counterpartyId, contacts: d.contacts, amount: Number(d.amount), currency: d.currency, products: d.products,
    expectedCloseDate: d.expectedCloseDate ?? null, responsibleId: d.responsibleId ?? null, teamId: d.teamId ?? null, competitors: d.competitors,
    lostReason: d.lostReason ?? null, source: d.source ?? null, leadId: d.leadId ?? null, processKey: d.processKey, workflowId: d.workflowId ?? null,
    stage: d.stage ?? null, status: d.status, closedAt: d.closedAt ? new Date(d.closedAt).toISOString() : null, createdAt: new Date(d.createdAt).toISOString(), version: d.version,
  };
}
