import type { MikroORM } from '@mikro-orm/postgresql';
import { createProcessActivities } from './process.activities.ts';
import { createSystemActivities } from './system.activities.ts';

export interface ActivityDeps {
  orm: MikroORM;
}

/** All activities the worker registers, each built with its dependencies. */
export function createActivities(deps: ActivityDeps) {
  return {
    ...createSystemActivities(deps),
    ...createProcessActivities(deps),
  };
}
