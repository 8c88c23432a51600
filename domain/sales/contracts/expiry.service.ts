import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserSchema } from '../../access/index.ts';
import { ContractSchema } from './contract.entity.ts';
import { expiryNotice } from './expiry-text.ts';

export interface ExpiryNotice {
  userId: number;
  title: string;
  body: string;
  link: string;
  /** Same key, same notice: a retried activity notifies nobody twice. */
  key: string;
}

/** The language the recipient picked (null: none yet, the notice falls back to English). */
const localeOf = async (tx: EntityManager, userId: number) => (await tx.findOne(UserSchema, { id: userId }, { fields: ['locale'] }))?.locale ?? null;

const same = (a: Date | null | undefined, b: Date) => !!a && a.getTime() === b.getTime();

/**
 * The expiry timer of a contract ran out for time `at`. Tells its responsible, in their language, once per time:
 * a stale timer (the contract moved, was deleted meanwhile) or a repeated call does nothing.
 */
export async function remindContractExpiry(em: EntityManager, contractId: number, at: Date, notify: (n: ExpiryNotice) => Promise<void>): Promise<'notified' | 'skipped'> {
  return em.transactional(async (tx) => {
    const c = await tx.findOne(ContractSchema, { id: contractId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!c?.validTo || !same(c.remindAt, at) || same(c.remindedFor, at)) return 'skipped';
    await notify({
      userId: c.responsibleId,
      ...expiryNotice(await localeOf(tx, c.responsibleId), { number: c.number, subject: c.subject, validTo: c.validTo }),
      link: `/contracts/${c.id}`,
      key: `contract-expiry-${c.id}-${at.toISOString()}`,
    });
    c.remindedFor = at;
    await tx.flush();
    return 'notified';
  });
}
