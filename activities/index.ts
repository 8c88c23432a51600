import type { MikroORM } from '@mikro-orm/postgresql';
import type { DeliveryDeps } from './delivery/notify-users.ts';
import { noticeDelivery } from './notice-delivery.ts';
import { createCalendarActivities } from './calendar.activities.ts';
import { createContractActivities } from './contract.activities.ts';
import { createProcessActivities } from './process.activities.ts';
import { createReminderActivities } from './reminder.activities.ts';
import { createSystemActivities } from './system.activities.ts';

export interface ActivityDeps {
  orm: MikroORM;
  delivery: DeliveryDeps;
}

/** All activities the worker registers, each built with its dependencies. */
export function createActivities(deps: ActivityDeps) {
  return {
    ...createSystemActivities(deps),
    ...createProcessActivities(deps),
    ...createReminderActivities({ orm: deps.orm, notify: noticeDelivery(deps.delivery) }),
    ...createCalendarActivities(deps),
    ...createContractActivities({ orm: deps.orm, delivery: deps.delivery }),
  };
}
