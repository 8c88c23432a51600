import { mulDiv } from './money.ts';

export interface PriceRow {
  id: number;
  productId: number;
  currency: string;
  /** null: the price for every customer group. */
  customerGroup: string | null;
  amount: number;
  minQtyMilli: number;
  validFrom: string;
  validTo: string | null;
}

export interface DiscountRow {
  id: number;
  percentBp: number;
  productId: number | null;
  productTypeId: number | null;
  customerGroup: string | null;
  counterpartyId: number | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface PriceQuery {
  productId: number;
  productTypeId: number | null;
  currency: string;
  customerGroup: string | null;
  counterpartyId?: number | null;
  /** ISO date (YYYY-MM-DD) the price is for. */
  date: string;
  qtyMilli: number;
}

export interface ResolvedPrice {
  priceId: number;
  listPrice: number;
  discountId: number | null;
  discountBp: number;
  unitPrice: number;
}

const inRange = (date: string, from: string | null, to: string | null) => (!from || from <= date) && (!to || date <= to);

/**
 * The price a customer pays for one unit. Among the prices valid on the date in the currency,
 * the customer group's own list wins over the general one, then the largest quantity tier the
 * order reaches, then the latest start. The best (largest) applicable discount is applied;
 * discounts do not stack, so the customer sees one rule they can name.
 */
export function resolvePrice(q: PriceQuery, prices: PriceRow[], discounts: DiscountRow[]): ResolvedPrice | null {
  const candidates = prices.filter(
    (p) =>
      p.productId === q.productId &&
      p.currency === q.currency &&
      (p.customerGroup === null || p.customerGroup === q.customerGroup) &&
      p.minQtyMilli <= q.qtyMilli &&
      inRange(q.date, p.validFrom, p.validTo),
  );
  if (!candidates.length) return null;
  candidates.sort(
    (a, b) =>
      Number(b.customerGroup !== null) - Number(a.customerGroup !== null) ||
      b.minQtyMilli - a.minQtyMilli ||
      b.validFrom.localeCompare(a.validFrom) ||
      b.id - a.id,
  );
  const price = candidates[0]!;
  const discount = bestDiscount(q, discounts);
  const discountBp = discount?.percentBp ?? 0;
  return {
    priceId: price.id,
    listPrice: price.amount,
    discountId: discount?.id ?? null,
    discountBp,
    unitPrice: price.amount - mulDiv(price.amount, discountBp, 10_000),
  };
}

function bestDiscount(q: PriceQuery, discounts: DiscountRow[]): DiscountRow | null {
  const applicable = discounts.filter(
    (d) =>
      (d.productId === null || d.productId === q.productId) &&
      (d.productTypeId === null || d.productTypeId === q.productTypeId) &&
      (d.customerGroup === null || d.customerGroup === q.customerGroup) &&
      (d.counterpartyId === null || d.counterpartyId === (q.counterpartyId ?? null)) &&
      inRange(q.date, d.validFrom, d.validTo),
  );
  return applicable.sort((a, b) => b.percentBp - a.percentBp || a.id - b.id)[0] ?? null;
}
