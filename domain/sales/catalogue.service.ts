import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../errors.ts';
import { DiscountSchema, PriceSchema, ProductSchema, ProductTypeSchema, type ParameterDefinition, type Product } from './catalogue.entities.ts';
import { toMilli } from './money.ts';
import { resolvePrice, type ResolvedPrice } from './pricing.ts';

/** Checks product parameters against the type's typed definitions; returns field errors. */
export async function checkParameters(em: EntityManager, typeId: number | null, params: Record<string, unknown>): Promise<void> {
  const defs: ParameterDefinition[] = typeId ? ((await em.findOne(ProductTypeSchema, { id: typeId }))?.parameters ?? missingType()) : [];
  const byKey = new Map(defs.map((d) => [d.key, d]));
  const errors = [];
  for (const [key, value] of Object.entries(params)) {
    const def = byKey.get(key);
    if (!def) errors.push({ field: `parameters.${key}`, code: 'parameter.unknown', message: `The product type has no parameter "${key}"` });
    else if (!fits(def.kind, value)) errors.push({ field: `parameters.${key}`, code: 'parameter.kind', message: `"${key}" must be a ${def.kind}`, params: { expected: def.kind } });
  }
  for (const def of defs) {
    if (def.required && params[def.key] === undefined) errors.push({ field: `parameters.${def.key}`, code: 'parameter.required', message: `"${def.key}" is required` });
  }
  if (errors.length) throw new DomainError('product.invalid_parameters', 'Some product parameters are invalid', 422, errors);
}

function missingType(): never {
  throw new DomainError('product.unknown_type', 'No such product type', 422, ['typeId']);
}

function fits(kind: ParameterDefinition['kind'], value: unknown): boolean {
  if (kind === 'date') return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  return typeof value === kind;
}

export interface PriceFor {
  currency: string;
  customerGroup: string | null;
  counterpartyId?: number | null;
  date: string;
  qty: number;
}

/** The price of one product for a customer on a date (list price, best discount, net unit price). */
export async function priceOf(em: EntityManager, product: Product, q: PriceFor): Promise<ResolvedPrice | null> {
  const [prices, discounts] = await Promise.all([
    em.find(PriceSchema, { productId: product.id, currency: q.currency }),
    em.find(DiscountSchema, {
      $and: [
        { $or: [{ productId: null }, { productId: product.id }] },
        { $or: [{ productTypeId: null }, { productTypeId: product.typeId ?? -1 }] },
      ],
    }),
  ]);
  return resolvePrice(
    { productId: product.id, productTypeId: product.typeId ?? null, currency: q.currency, customerGroup: q.customerGroup, counterpartyId: q.counterpartyId ?? null, date: q.date, qtyMilli: toMilli(q.qty) },
    prices.map((p) => ({ ...p, minQtyMilli: toMilli(Number(p.minQty)), validTo: p.validTo ?? null, customerGroup: p.customerGroup ?? null })),
    discounts.map((d) => ({
      ...d,
      productId: d.productId ?? null,
      productTypeId: d.productTypeId ?? null,
      customerGroup: d.customerGroup ?? null,
      counterpartyId: d.counterpartyId ?? null,
      validFrom: d.validFrom ?? null,
      validTo: d.validTo ?? null,
    })),
  );
}

export async function getProduct(em: EntityManager, id: number): Promise<Product> {
  const product = await em.findOne(ProductSchema, { id });
  if (!product) throw new DomainError('not_found', 'No such product', 404);
  return product;
}
