import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { fileURLToPath } from 'node:url';
import { RoleSchema, UserSchema } from './access/index.ts';
import {
  ProcessDefinitionSchema,
  ProcessEventSchema,
  ProcessInstanceSchema,
  ProcessVersionSchema,
  TaskSchema,
} from './processes/index.ts';
import { RoundTripSchema } from './system/index.ts';

export const entities = [
  UserSchema,
  RoleSchema,
  RoundTripSchema,
  ProcessDefinitionSchema,
  ProcessVersionSchema,
  ProcessInstanceSchema,
  ProcessEventSchema,
  TaskSchema,
];

const migrationsPath = fileURLToPath(new URL('../migrations', import.meta.url));

export function ormConfig(clientUrl: string, extra: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: { path: migrationsPath, pathTs: migrationsPath, glob: '!(*.d).{js,ts}', transactional: true },
    pool: { min: 0, max: 10 },
    // Owned by @socket.io/postgres-adapter, not by an entity: the schema diff leaves it alone.
    schemaGenerator: { skipTables: ['socket_io_attachments'] },
    ...extra,
  });
}

export function openOrm(clientUrl: string, extra: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(ormConfig(clientUrl, extra));
}

/** Applies pending migrations; returns the names it ran. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const done = await orm.migrator.up();
  return done.map((m) => m.name);
}
