import type { EntityManager } from '@mikro-orm/postgresql';
import { CounterpartySchema } from '../clients/index.ts';
import { DomainError } from '../errors.ts';

export interface Buyer {
  buyerName: string;
  buyerTaxId: string | null;
  buyerAddress: string | null;
}

/** Buyer requisites printed on invoices and documents, from the counterparty's card. */
export async function buyerOf(em: EntityManager, counterpartyId: number): Promise<Buyer> {
  const counterparty = await em.findOne(CounterpartySchema, { id: counterpartyId });
  if (!counterparty) throw new DomainError('counterparty.unknown', 'No such counterparty', 422, ['counterpartyId']);
  const address = counterparty.addresses.find((a) => a.kind === 'legal') ?? counterparty.addresses[0];
  return { buyerName: counterparty.legalName ?? counterparty.name, buyerTaxId: counterparty.taxId ?? null, buyerAddress: address?.text ?? null };
}
