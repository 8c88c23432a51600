import type { ApiContext } from '../../context.ts';
import { catalogueRoutes } from './catalogue.routes.ts';
import { dealBoardRoutes } from './deal-board.routes.ts';
import { dealRoutes } from './deals.routes.ts';
import { documentRoutes } from './documents.routes.ts';
import { funnelRoutes } from './funnel.routes.ts';
import { invoiceRoutes } from './invoices.routes.ts';
import { leadRoutes } from './leads.routes.ts';
import { paymentRoutes } from './payments.routes.ts';
import { priceRoutes } from './prices.routes.ts';
import { contractRoutes } from './contracts.routes.ts';
import { planRoutes } from './plans.routes.ts';
import { shipmentRoutes } from './shipments.routes.ts';

/** Catalogue, documents, invoices and payments, leads, deals and the funnel; shipments, contracts, plans. */
export function salesRoutes(ctx: ApiContext) {
  return [
    ...catalogueRoutes(), ...priceRoutes(), ...documentRoutes(), ...invoiceRoutes(), ...paymentRoutes(ctx),
    // The board's paths come before /deals/:id, which would take "board" for an id.
    ...leadRoutes(ctx), ...dealBoardRoutes(), ...dealRoutes(ctx), ...funnelRoutes(),
    ...shipmentRoutes(ctx), ...contractRoutes(ctx), ...planRoutes(),
  ];
}
