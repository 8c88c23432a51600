export interface PaymentFacts {
  amount: number;
  currency: string;
  purpose?: string | null;
  payerTaxId?: string | null;
}

export interface OpenInvoice {
  id: number;
  number: string;
  currency: string;
  total: number;
  paidTotal: number;
  buyerTaxId: string | null;
}

export interface Match {
  invoiceId: number;
  score: number;
  reasons: ('number' | 'amount' | 'payer')[];
}

/** Points per evidence; a payment is assigned from AUTO_ASSIGN_SCORE up, when one invoice leads. */
export const SCORES = { number: 60, amount: 25, payer: 15 } as const;
export const AUTO_ASSIGN_SCORE = 40;

const squash = (s: string) => s.toUpperCase().replace(/[^0-9A-ZА-ЯІЇЄҐ]/g, '');

/**
 * How well a payment fits an invoice: its number in the payment purpose (spaces and dashes
 * ignored), the amount equal to what is still owed, and the payer's tax id equal to the buyer's.
 */
export function scoreMatch(payment: PaymentFacts, invoice: OpenInvoice): Match {
  const reasons: Match['reasons'] = [];
  if (payment.purpose && squash(payment.purpose).includes(squash(invoice.number))) reasons.push('number');
  if (payment.amount === invoice.total - invoice.paidTotal) reasons.push('amount');
  if (payment.payerTaxId && invoice.buyerTaxId && payment.payerTaxId.trim() === invoice.buyerTaxId.trim()) reasons.push('payer');
  return { invoiceId: invoice.id, score: reasons.reduce((s, r) => s + SCORES[r], 0), reasons };
}

/** The invoice a payment belongs to, or null when the evidence is weak or two invoices tie. */
export function bestMatch(payment: PaymentFacts, invoices: OpenInvoice[]): Match | null {
  const scored = invoices
    .filter((i) => i.currency === payment.currency)
    .map((i) => scoreMatch(payment, i))
    .filter((m) => m.score >= AUTO_ASSIGN_SCORE)
    .sort((a, b) => b.score - a.score);
  if (!scored.length || (scored[1] && scored[1].score === scored[0]!.score)) return null;
  return scored[0]!;
}
