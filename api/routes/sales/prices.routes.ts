import { z } from 'zod';
import { DiscountSchema, getProduct, PriceSchema, toBasisPoints, type Discount, type Price } from '../../../domain/sales/index.ts';
import { defineRoute } from '../../route.ts';
import { checkVersion, creationKey, currency, decodeCursor, etag, idParams, isoDate, listSchema, minor, page, pageQuery, requireIfMatch, salesReaders, salesWriters } from './http.ts';
import { Problem } from '../../problem.ts';

const group = z.string().trim().min(1).max(64);
const priceSchema = z
  .object({ id: z.number().int(), productId: z.number().int(), currency: z.string(), customerGroup: z.string().nullable(), amount: minor, minQty: z.number(), validFrom: z.string(), validTo: z.string().nullable() })
  .meta({ id: 'Price' });
const discountSchema = z
  .object({
    id: z.number().int(), name: z.string(), percent: z.number(), productId: z.number().int().nullable(), productTypeId: z.number().int().nullable(),
    customerGroup: z.string().nullable(), counterpartyId: z.number().int().nullable(), validFrom: z.string().nullable(), validTo: z.string().nullable(),
  })
  .meta({ id: 'Discount' });

const presentPrice = (p: Price) => ({ id: p.id, productId: p.productId, currency: p.currency, customerGroup: p.customerGroup ?? null, amount: p.amount, minQty: Number(p.minQty), validFrom: p.validFrom, validTo: p.validTo ?? null });
const presentDiscount = (d: Discount) => ({
  id: d.id, name: d.name, percent: d.percentBp / 100, productId: d.productId ?? null, productTypeId: d.productTypeId ?? null, customerGroup: d.customerGroup ?? null,
  counterpartyId: d.counterpartyId ?? null, validFrom: d.validFrom ?? null, validTo: d.validTo ?? null,
});

const range = <T extends { validFrom?: string | null; validTo?: string | null }>(v: T) => !v.validFrom || !v.validTo || v.validFrom <= v.validTo;
const rangeMessage = { message: 'validTo must not be before validFrom', path: ['validTo'] };

/** Prices and discounts are removed, not edited: a changed price is a new row from a new date. */
function removal(path: string, summary: string, schema: typeof PriceSchema | typeof DiscountSchema) {
  return defineRoute({
    method: 'delete', path, summary, tags: ['catalogue'], access: salesWriters, params: idParams,
    responses: { 204: { description: 'Removed' }, 404: { description: 'Not found' }, 412: { description: 'Stale If-Match' }, 428: { description: 'If-Match missing' } },
    async handle({ em, params, req }) {
      const expected = requireIfMatch(req);
      const row = await em.findOne(schema as typeof PriceSchema, { id: params.id });
      if (!row) throw new Problem(404, 'not_found', 'Not found');
      checkVersion(expected, row, () => ({ id: row.id, version: row.version }));
      await em.remove(row).flush();
      return { status: 204 };
    },
  });
}

export function priceRoutes() {
  return [
    defineRoute({
      method: 'post', path: '/products/:id/prices', summary: 'Add a price to a price list (currency, customer group, quantity tier, validity)', tags: ['catalogue'], access: salesWriters, params: idParams,
      body: z.strictObject({ currency, customerGroup: group.nullable().optional(), amount: minor, minQty: z.number().min(0).default(0), validFrom: isoDate, validTo: isoDate.nullable().optional() }).refine(range, rangeMessage),
      responses: { 201: { description: 'Created', schema: priceSchema }, 200: { description: 'Replayed Idempotency-Key' } },
      async handle({ em, params, body, user, req }) {
        await getProduct(em, params.id);
        const key = creationKey(req);
        const existing = key ? await em.findOne(PriceSchema, { createdBy: user.id, creationKey: key }) : null;
        if (existing) return { status: 200, body: presentPrice(existing) };
        const price = em.create(PriceSchema, { ...body, productId: params.id, customerGroup: body.customerGroup ?? null, validTo: body.validTo ?? null, creationKey: key, createdBy: user.id });
        await em.flush();
        return { status: 201, body: presentPrice(price), headers: { etag: etag(price.version) } };
      },
    }),
    defineRoute({
      method: 'get', path: '/products/:id/prices', summary: "A product's prices in every list", tags: ['catalogue'], access: salesReaders, params: idParams,
      responses: { 200: { description: 'Prices', schema: z.object({ items: z.array(priceSchema) }) } },
      async handle({ em, params }) {
        await getProduct(em, params.id);
        return { body: { items: (await em.find(PriceSchema, { productId: params.id }, { orderBy: { currency: 'asc', validFrom: 'asc', id: 'asc' } })).map(presentPrice) } };
      },
    }),
    removal('/prices/:id', 'Remove a price from its list (If-Match)', PriceSchema),
    removal('/discounts/:id', 'Remove a discount (If-Match)', DiscountSchema),
    defineRoute({
      method: 'post', path: '/discounts', summary: 'A percentage discount for a product, product type, customer group or customer, with validity dates', tags: ['catalogue'], access: salesWriters,
      body: z
        .strictObject({
          name: z.string().trim().min(1).max(200), percent: z.number().gt(0).max(100), productId: z.number().int().positive().nullable().optional(),
          productTypeId: z.number().int().positive().nullable().optional(), customerGroup: group.nullable().optional(), counterpartyId: z.number().int().positive().nullable().optional(),
          validFrom: isoDate.nullable().optional(), validTo: isoDate.nullable().optional(),
        })
        .refine(range, rangeMessage),
      responses: { 201: { description: 'Created', schema: discountSchema }, 200: { description: 'Replayed Idempotency-Key' } },
      async handle({ em, body, user, req }) {
        const key = creationKey(req);
        const existing = key ? await em.findOne(DiscountSchema, { createdBy: user.id, creationKey: key }) : null;
        if (existing) return { status: 200, body: presentDiscount(existing) };
        if (body.productId) await getProduct(em, body.productId);
        const { percent, ...rest } = body;
        const discount = em.create(DiscountSchema, {
          ...rest, percentBp: toBasisPoints(percent), productId: body.productId ?? null, productTypeId: body.productTypeId ?? null, customerGroup: body.customerGroup ?? null,
          counterpartyId: body.counterpartyId ?? null, validFrom: body.validFrom ?? null, validTo: body.validTo ?? null, creationKey: key, createdBy: user.id,
        });
        await em.flush();
        return { status: 201, body: presentDiscount(discount), headers: { etag: etag(discount.version) } };
      },
    }),
    defineRoute({
      method: 'get', path: '/discounts', summary: 'Discounts; cursor pages', tags: ['catalogue'], access: salesReaders,
      query: z.object(pageQuery),
      responses: { 200: { description: 'A page', schema: listSchema(discountSchema) } },
      async handle({ em, query }) {
        const after = decodeCursor(query.after);
        const rows = await em.find(DiscountSchema, after ? { id: { $gt: after } } : {}, { orderBy: { id: 'asc' }, limit: query.limit + 1 });
        return { body: page(rows, query.limit, presentDiscount) };
      },
    }),
  ];
}
