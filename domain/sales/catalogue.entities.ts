import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A typed parameter a product of this type carries (e.g. `power: number`). */
export interface ParameterDefinition {
  key: string;
  label?: string;
  kind: 'string' | 'number' | 'boolean' | 'date';
  required?: boolean;
}

export const ProductTypeSchema = defineEntity({
  name: 'ProductType',
  tableName: 'product_type',
  properties: {
    id: p.integer().primary().autoincrement(),
    code: p.string().length(64).unique(),
    name: p.string().length(200),
    parameters: p.json<ParameterDefinition[]>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    version: p.integer().version(),
  },
});
export type ProductType = InferEntity<typeof ProductTypeSchema>;

export const ProductSchema = defineEntity({
  name: 'Product',
  tableName: 'product',
  properties: {
    id: p.integer().primary().autoincrement(),
    sku: p.string().length(64).unique(),
    name: p.string().length(300),
    typeId: p.integer().nullable(),
    unit: p.string().length(20),
    parameters: p.json<Record<string, string | number | boolean>>(),
    /** null: the invoice's default VAT rate applies. */
    taxRateBp: p.integer().nullable(),
    active: p.boolean().default(true),
    creationKey: p.string().length(200).nullable(),
    createdBy: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});
export type Product = InferEntity<typeof ProductSchema>;

export const PriceSchema = defineEntity({
  name: 'Price',
  tableName: 'price',
  properties: {
    id: p.integer().primary().autoincrement(),
    productId: p.integer(),
    currency: p.string().length(3),
    customerGroup: p.string().length(64).nullable(),
    amount: p.bigint('number'),
    minQty: p.decimal('number').precision(14).scale(3).default(0),
    validFrom: p.string().columnType('date'),
    validTo: p.string().columnType('date').nullable(),
    creationKey: p.string().length(200).nullable(),
    createdBy: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
    version: p.integer().version(),
  },
});
export type Price = InferEntity<typeof PriceSchema>;

export const DiscountSchema = defineEntity({
  name: 'Discount',
  tableName: 'discount',
  properties: {
    id: p.integer().primary().autoincrement(),
    name: p.string().length(200),
    percentBp: p.integer(),
    productId: p.integer().nullable(),
    productTypeId: p.integer().nullable(),
    customerGroup: p.string().length(64).nullable(),
    counterpartyId: p.integer().nullable(),
    validFrom: p.string().columnType('date').nullable(),
    validTo: p.string().columnType('date').nullable(),
    creationKey: p.string().length(200).nullable(),
    createdBy: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
    version: p.integer().version(),
  },
});
export type Discount = InferEntity<typeof DiscountSchema>;
