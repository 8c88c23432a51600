import { z } from 'zod';
import { minor } from './http.ts';

/** A document or invoice line: a catalogue product (priced by the server) or free text with a price. */
export const lineBody = z
  .strictObject({
    productId: z.number().int().positive().optional(),
    name: z.string().trim().min(1).max(500).optional(),
    unit: z.string().trim().min(1).max(20).optional(),
    qty: z.number().positive().max(1e9).refine((q) => Number.isInteger(Math.round(q * 1000)) && Math.abs(q * 1000 - Math.round(q * 1000)) < 1e-6, 'At most three decimals'),
    unitPrice: minor.optional(),
    discountPercent: z.number().min(0).max(100).multipleOf(0.01).optional(),
    taxRatePercent: z.number().min(0).max(100).multipleOf(0.01).optional(),
  })
  .meta({ id: 'LineInput' });
