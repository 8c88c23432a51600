import type { MikroORM } from '@mikro-orm/postgresql';
import { remindContractExpiry } from '../domain/sales/index.ts';
import { notifyUsers, type DeliveryDeps } from './delivery/notify-users.ts';

/** The effect of a contract's expiry timer: an in-app notification and an e-mail, once per reminder time. */
export function createContractActivities({ orm, delivery }: { orm: MikroORM; delivery: DeliveryDeps }) {
  return {
    async remindContractExpiry(input: { contractId: number; at: number }): Promise<string> {
      return remindContractExpiry(orm.em.fork(), input.contractId, new Date(input.at), async (n) => {
        await notifyUsers(delivery, { key: n.key, userIds: [n.userId], kind: 'contract_expiry', title: n.title, body: n.body, link: n.link });
      });
    },
  };
}
