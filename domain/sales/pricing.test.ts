import { describe, expect, it } from 'vitest';
import { resolvePrice, type DiscountRow, type PriceRow } from './pricing.ts';

const price = (over: Partial<PriceRow>): PriceRow => ({ id: 1, productId: 7, currency: 'UAH', customerGroup: null, amount: 10_000, minQtyMilli: 0, validFrom: '2026-01-01', validTo: null, ...over });
const discount = (over: Partial<DiscountRow>): DiscountRow => ({ id: 1, percentBp: 1000, productId: null, productTypeId: null, customerGroup: null, counterpartyId: null, validFrom: null, validTo: null, ...over });
const query = { productId: 7, productTypeId: 3, currency: 'UAH', customerGroup: 'wholesale', date: '2026-06-01', qtyMilli: 1000 };

describe('price resolution', () => {
  it('takes the customer group list over the general one, and the largest quantity tier reached', () => {
    const prices = [price({ id: 1 }), price({ id: 2, customerGroup: 'wholesale', amount: 9000 }), price({ id: 3, customerGroup: 'wholesale', amount: 8000, minQtyMilli: 10_000 }), price({ id: 4, customerGroup: 'retail', amount: 1 })];
    expect(resolvePrice(query, prices, [])).toMatchObject({ priceId: 2, listPrice: 9000, unitPrice: 9000 });
    expect(resolvePrice({ ...query, qtyMilli: 10_000 }, prices, [])).toMatchObject({ priceId: 3, unitPrice: 8000 });
    expect(resolvePrice({ ...query, customerGroup: null }, prices, [])).toMatchObject({ priceId: 1 });
  });

  it('uses the price valid on the date and in the currency, or none', () => {
    const prices = [price({ id: 1, validTo: '2026-03-31' }), price({ id: 2, validFrom: '2026-04-01', amount: 12_000 }), price({ id: 3, currency: 'EUR' })];
    expect(resolvePrice({ ...query, date: '2026-02-01' }, prices, [])?.priceId).toBe(1);
    expect(resolvePrice(query, prices, [])?.priceId).toBe(2);
    expect(resolvePrice({ ...query, date: '2025-12-31' }, prices, [])).toBeNull();
    expect(resolvePrice({ ...query, currency: 'USD' }, prices, [])).toBeNull();
  });

  it('applies the best discount that applies (product, type, group, dates), rounding half up', () => {
    const prices = [price({ amount: 999 })];
    const discounts = [
      discount({ id: 1, percentBp: 500 }),
      discount({ id: 2, percentBp: 1500, productTypeId: 3 }),
      discount({ id: 3, percentBp: 5000, customerGroup: 'retail' }),
      discount({ id: 4, percentBp: 4000, productId: 7, validTo: '2026-05-31' }),
      discount({ id: 5, percentBp: 3000, counterpartyId: 12 }),
    ];
    expect(resolvePrice(query, prices, discounts)).toMatchObject({ discountId: 2, discountBp: 1500, unitPrice: 999 - 150 });
    expect(resolvePrice({ ...query, date: '2026-05-01' }, prices, discounts)).toMatchObject({ discountId: 4, unitPrice: 999 - 400 });
    expect(resolvePrice({ ...query, counterpartyId: 12 }, prices, discounts)).toMatchObject({ discountId: 5, unitPrice: 999 - 300 });
  });
});
