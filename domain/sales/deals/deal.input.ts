import { z } from 'zod';
import { dealContactRoles } from './deal.entity.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

export const isoDate = z.iso.date();
export const currency = z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code, e.g. UAH');
/** Money in minor units (cents): 1250.00 is 125000. */
export const minor = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).meta({ description: 'Integer minor units (cents, kopecks)' });

/** A deal's editable fields as people (the API) and processes (the update-record step) send them. */
export const dealFields = {
  title: text(300),
  contacts: z.array(z.strictObject({ contactId: z.number().int().positive(), role: z.enum(dealContactRoles) })).max(50),
  amount: minor,
  currency,
  products: z.array(z.strictObject({ productId: z.number().int().positive(), qty: z.number().positive().max(1e9) })).max(200),
  expectedCloseDate: isoDate.nullable(),
  responsibleId: z.number().int().positive().nullable(),
  competitors: z.array(text(200)).max(20),
};

export const dealPatch = z.strictObject({ ...dealFields, lostReason: text(300).nullable() }).partial();
