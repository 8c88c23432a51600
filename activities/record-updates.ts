import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import type { Access } from '../domain/access/index.ts';
import { CounterpartySchema, counterpartyPatch, updateCounterparty } from '../domain/clients/index.ts';
import { DomainError } from '../domain/errors.ts';
import { DealSchema, dealPatch, updateDeal } from '../domain/sales/index.ts';

/**
 * What a process step may change, per record type. Stage and status are not here: the process's
 * token drives the stage, and the outcome follows it. Each entry validates with the schema the
 * API uses for people and writes through the same domain service (reach, history, version).
 */
export interface RecordUpdater {
  /** Record type names accepted in the header `recordType` and in the instance's record. */
  names: string[];
  fields: readonly string[];
  patch: z.ZodType;
  /** The version now, read inside the activity: the expected version for optimistic locking. */
  version(em: EntityManager, id: number): Promise<number | null>;
  update(em: EntityManager, access: Access, id: number, patch: Record<string, unknown>, expected: number): Promise<{ id: number; version: number }>;
}

export const recordUpdaters: Record<'deal' | 'client', RecordUpdater> = {
  deal: {
    names: ['deal'],
    fields: ['title', 'amount', 'currency', 'expectedCloseDate', 'lostReason', 'competitors', 'responsibleId'],
    patch: dealPatch,
    version: async (em, id) => (await em.findOne(DealSchema, { id }, { fields: ['version'] }))?.version ?? null,
    update(em, access, id, patch, expected) {
      // The service gives a deal without a responsible to whoever edits it: a process is nobody.
      if (patch.responsibleId === null) throw new DomainError('deal.responsible_required', 'A process must name the responsible user', 422, ['responsibleId']);
      return em.transactional((tx) => updateDeal(tx, access, id, expected, patch));
    },
  },
  client: {
    names: ['client', 'counterparty'],
    fields: ['status', 'tags', 'industry', 'region', 'size', 'source', 'responsibleId'],
    patch: counterpartyPatch,
    version: async (em, id) => (await em.findOne(CounterpartySchema, { id, mergedIntoId: null }, { fields: ['version'] }))?.version ?? null,
    update: (em, access, id, patch, expected) => updateCounterparty(em, access, id, patch, expected),
  },
};

export function updaterFor(type: string): RecordUpdater | undefined {
  return Object.values(recordUpdaters).find((u) => u.names.includes(type));
}
