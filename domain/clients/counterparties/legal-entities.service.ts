import type { EntityManager } from '@mikro-orm/postgresql';
import { requireScope, type Access } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import { LegalEntitySchema, type LegalEntity } from './legal-entity.entity.ts';
import { checkTaxId, normalTaxId } from './requisites.ts';

export async function listLegalEntities(em: EntityManager, access: Access): Promise<LegalEntity[]> {
  requireScope(access, 'read', 'LegalEntity');
  return em.find(LegalEntitySchema, {}, { orderBy: { name: 'asc' } });
}

/** Our own company (admins): kept apart from counterparties, used by contracts and invoices. */
export async function createLegalEntity(
  em: EntityManager,
  access: Access,
  input: { name: string; taxId?: string | null; registrationId?: string | null; address?: string | null; vatPayer?: boolean },
): Promise<LegalEntity> {
  requireScope(access, 'create', 'LegalEntity');
  if (input.taxId) {
    const checked = checkTaxId(input.taxId);
    if ('error' in checked) throw new DomainError('legal_entity.invalid_tax_id', checked.error, 422, ['taxId']);
  }
  const entity = em.create(LegalEntitySchema, {
    name: input.name,
    taxId: input.taxId ? normalTaxId(input.taxId) : null,
    registrationId: input.registrationId ?? null,
    address: input.address ?? null,
    vatPayer: input.vatPayer ?? false,
  });
  await em.flush();
  return entity;
}
