import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { openOrm } from '../domain/orm.ts';
import { freshDatabase } from './support/stack.ts';

let orm: MikroORM;
beforeAll(async () => {
  orm = await openOrm(await freshDatabase());
});
afterAll(() => orm?.close());

describe('migrations and entities', () => {
  it('agree on every table and column: an entity field no migration creates fails here, not in production', async () => {
    // Migrations are written by hand and add what entities cannot say (trigram and partial
    // indexes, foreign keys named by hand), so only what would break queries is checked:
    // a table or a column the entities use and the migrated schema lacks.
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: true });
    const missing = diff.split(/;\s*\n/).filter((sql) => /create table|add column/i.test(sql));
    expect(missing).toEqual([]);
  });
});
