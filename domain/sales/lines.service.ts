import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../errors.ts';
import { ProductSchema } from './catalogue.entities.ts';
import { priceOf, type PriceFor } from './catalogue.service.ts';
import { toBasisPoints, toMilli } from './money.ts';
import type { LineInput } from './totals.ts';

/** A line as people send it: a catalogue product (priced from the price lists) or free text. */
export interface LineRequest {
  productId?: number;
  name?: string;
  unit?: string;
  qty: number;
  /** Minor units; omitted for a product: the price list's price. */
  unitPrice?: number;
  /** Percent; omitted for a product: the best applicable discount. */
  discountPercent?: number;
  /** Percent; omitted: the product's rate, else the default VAT. */
  taxRatePercent?: number;
}

/** Turns requested lines into priced lines; each problem names its line (`lines.2.unitPrice`). */
export async function priceLines(em: EntityManager, requests: LineRequest[], ctx: Omit<PriceFor, 'qty'> & { defaultTaxBp: number }): Promise<LineInput[]> {
  const ids = requests.flatMap((r) => (r.productId ? [r.productId] : []));
  const products = new Map((await em.find(ProductSchema, { id: { $in: ids } })).map((p) => [p.id, p]));
  const errors: { field: string; code: string; message: string }[] = [];
  const lines: LineInput[] = [];
  for (const [i, r] of requests.entries()) {
    const product = r.productId ? products.get(r.productId) : undefined;
    if (r.productId && !product) {
      errors.push({ field: `lines.${i}.productId`, code: 'product.unknown', message: 'No such product' });
      continue;
    }
    const resolved = product && (r.unitPrice === undefined || r.discountPercent === undefined) ? await priceOf(em, product, { ...ctx, qty: r.qty }) : null;
    const unitPrice = r.unitPrice ?? resolved?.listPrice;
    if (unitPrice === undefined) {
      errors.push({ field: `lines.${i}.unitPrice`, code: 'price.missing', message: product ? `No ${ctx.currency} price for this product on ${ctx.date}` : 'A line without a product needs a unit price' });
      continue;
    }
    const name = r.name ?? product?.name;
    if (!name) {
      errors.push({ field: `lines.${i}.name`, code: 'required', message: 'A line without a product needs a name' });
      continue;
    }
    lines.push({
      productId: product?.id ?? null,
      name,
      unit: r.unit ?? product?.unit ?? 'pcs',
      qtyMilli: toMilli(r.qty),
      unitPrice,
      discountBp: r.discountPercent !== undefined ? toBasisPoints(r.discountPercent) : (resolved?.discountBp ?? 0),
      taxRateBp: r.taxRatePercent !== undefined ? toBasisPoints(r.taxRatePercent) : (product?.taxRateBp ?? ctx.defaultTaxBp),
    });
  }
  if (errors.length) throw new DomainError('lines.invalid', 'Some lines cannot be priced', 422, errors);
  return lines;
}

/** The default VAT rate (basis points): `SALES_VAT_PERCENT`, 20 % unless set. */
export function defaultVatBp(): number {
  return toBasisPoints(Number(process.env.SALES_VAT_PERCENT ?? 20));
}
