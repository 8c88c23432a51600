import { z } from 'zod';
import {
  checkParameters,
  getProduct,
  priceOf,
  ProductSchema,
  ProductTypeSchema,
  toBasisPoints,
  type Product,
} from '../../../domain/sales/index.ts';
import { defineRoute } from '../../route.ts';
import { checkVersion, creationKey, currency, decodeCursor, etag, idParams, isoDate, listSchema, minor, page, pageQuery, requireIfMatch, salesReaders, salesWriters } from './http.ts';

const paramValue = z.union([z.string().max(500), z.number(), z.boolean()]);
const parameterDef = z.strictObject({ key: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/), label: z.string().max(200).optional(), kind: z.enum(['string', 'number', 'boolean', 'date']), required: z.boolean().optional() });
const percent = z.number().min(0).max(100);

const productTypeSchema = z.object({ id: z.number().int(), code: z.string(), name: z.string(), parameters: z.array(parameterDef), version: z.number().int() }).meta({ id: 'ProductType' });
const productSchema = z
  .object({
    id: z.number().int(), sku: z.string(), name: z.string(), typeId: z.number().int().nullable(), unit: z.string(),
    parameters: z.record(z.string(), paramValue), taxRatePercent: z.number().nullable(), active: z.boolean(), version: z.number().int(),
  })
  .meta({ id: 'Product' });

export const presentProduct = (p: Product) => ({
  id: p.id, sku: p.sku, name: p.name, typeId: p.typeId ?? null, unit: p.unit, parameters: p.parameters,
  taxRatePercent: p.taxRateBp == null ? null : p.taxRateBp / 100, active: p.active, version: p.version,
});

const productBody = z.strictObject({
  sku: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(300),
  typeId: z.number().int().positive().nullable().optional(),
  unit: z.string().trim().min(1).max(20),
  parameters: z.record(z.string(), paramValue).default({}),
  taxRatePercent: percent.nullable().optional(),
});

export function catalogueRoutes() {
  return [
    defineRoute({
      method: 'post', path: '/product-types', summary: 'Create a product type with its typed parameters', tags: ['catalogue'], access: salesWriters,
      body: z.strictObject({ code: z.string().regex(/^[a-z0-9_-]{1,64}$/), name: z.string().trim().min(1).max(200), parameters: z.array(parameterDef).default([]) }),
      responses: { 201: { description: 'Created', schema: productTypeSchema }, 409: { description: 'Code taken' } },
      async handle({ em, body }) {
        const type = em.create(ProductTypeSchema, body);
        await em.flush();
        return { status: 201, body: type, headers: { etag: etag(type.version) } };
      },
    }),
    defineRoute({
      method: 'get', path: '/product-types', summary: 'Product types', tags: ['catalogue'], access: salesReaders,
      responses: { 200: { description: 'All types', schema: z.object({ items: z.array(productTypeSchema) }) } },
      async handle({ em }) {
        return { body: { items: await em.find(ProductTypeSchema, {}, { orderBy: { id: 'asc' } }) } };
      },
    }),
    defineRoute({
      method: 'post', path: '/products', summary: 'Create a product (Idempotency-Key makes a retry return the same product)', tags: ['catalogue'], access: salesWriters,
      body: productBody,
      responses: { 201: { description: 'Created', schema: productSchema }, 200: { description: 'Replayed Idempotency-Key' }, 422: { description: 'Invalid, e.g. a parameter of the wrong kind' } },
      async handle({ em, body, user, req }) {
        const key = creationKey(req);
        const existing = key ? await em.findOne(ProductSchema, { createdBy: user.id, creationKey: key }) : null;
        if (existing) return { status: 200, body: presentProduct(existing), headers: { etag: etag(existing.version), location: `/api/v1/products/${existing.id}` } };
        await checkParameters(em, body.typeId ?? null, body.parameters);
        const { taxRatePercent, ...rest } = body;
        const product = em.create(ProductSchema, { ...rest, typeId: body.typeId ?? null, taxRateBp: taxRatePercent == null ? null : toBasisPoints(taxRatePercent), active: true, creationKey: key, createdBy: user.id });
        await em.flush();
        return { status: 201, body: presentProduct(product), headers: { etag: etag(product.version), location: `/api/v1/products/${product.id}` } };
      },
    }),
    defineRoute({
      method: 'get', path: '/products', summary: 'Products by id, with a name or SKU search; cursor pages', tags: ['catalogue'], access: salesReaders,
      query: z.object({ ...pageQuery, q: z.string().max(100).optional(), typeId: z.coerce.number().int().positive().optional() }),
      responses: { 200: { description: 'A page', schema: listSchema(productSchema) } },
      async handle({ em, query }) {
        const after = decodeCursor(query.after);
        const like = query.q ? `%${query.q.replace(/[\\%_]/g, '\\$&')}%` : null;
        const rows = await em.find(
          ProductSchema,
          { ...(after ? { id: { $gt: after } } : {}), ...(query.typeId ? { typeId: query.typeId } : {}), ...(like ? { $or: [{ name: { $ilike: like } }, { sku: { $ilike: like } }] } : {}) },
          { orderBy: { id: 'asc' }, limit: query.limit + 1 },
        );
        return { body: page(rows, query.limit, presentProduct) };
      },
    }),
    defineRoute({
      method: 'get', path: '/products/:id', summary: 'One product (ETag for If-Match)', tags: ['catalogue'], access: salesReaders, params: idParams,
      responses: { 200: { description: 'The product', schema: productSchema }, 404: { description: 'No such product' } },
      async handle({ em, params }) {
        const product = await getProduct(em, params.id);
        return { body: presentProduct(product), headers: { etag: etag(product.version) } };
      },
    }),
    defineRoute({
      method: 'patch', path: '/products/:id', summary: 'Change a product (If-Match required; 412 when someone changed it)', tags: ['catalogue'], access: salesWriters, params: idParams,
      body: productBody.partial().extend({ parameters: z.record(z.string(), paramValue).optional(), active: z.boolean().optional() }),
      responses: { 200: { description: 'Updated', schema: productSchema }, 412: { description: 'Stale If-Match; `current` holds the product now' }, 428: { description: 'If-Match missing' } },
      async handle({ em, params, body, req }) {
        const expected = requireIfMatch(req);
        const product = await getProduct(em, params.id);
        checkVersion(expected, product, () => presentProduct(product));
        const { taxRatePercent, ...rest } = body;
        const typeId = body.typeId === undefined ? (product.typeId ?? null) : body.typeId;
        await checkParameters(em, typeId, body.parameters ?? product.parameters);
        em.assign(product, { ...rest, ...(taxRatePercent !== undefined ? { taxRateBp: taxRatePercent === null ? null : toBasisPoints(taxRatePercent) } : {}) });
        await em.flush();
        return { body: presentProduct(product), headers: { etag: etag(product.version) } };
      },
    }),
    defineRoute({
      method: 'get', path: '/products/:id/price', summary: 'The price a customer pays: list price, best discount and unit price on a date', tags: ['catalogue'], access: salesReaders, params: idParams,
      query: z.object({ currency, customerGroup: z.string().max(64).optional(), counterpartyId: z.coerce.number().int().positive().optional(), date: isoDate.optional(), qty: z.coerce.number().positive().default(1) }),
      responses: {
        200: { description: 'Resolved price (minor units)', schema: z.object({ priceId: z.number().int(), listPrice: minor, discountId: z.number().int().nullable(), discountPercent: z.number(), unitPrice: minor }) },
        404: { description: 'No price for this product, currency, group and date' },
      },
      async handle({ em, params, query }) {
        const product = await getProduct(em, params.id);
        const resolved = await priceOf(em, product, { currency: query.currency, customerGroup: query.customerGroup ?? null, counterpartyId: query.counterpartyId ?? null, date: query.date ?? new Date().toISOString().slice(0, 10), qty: query.qty });
        if (!resolved) return { status: 404, body: undefined };
        const { discountBp, ...rest } = resolved;
        return { body: { ...rest, discountPercent: discountBp / 100 } };
      },
    }),
  ];
}
