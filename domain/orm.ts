import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { fileURLToPath } from 'node:url';
import { RoleSchema, TeamSchema, UserSchema } from './access/index.ts';
import {
  ClientRelationSchema,
  ClientSettingSchema,
  ContactPersonSchema,
  CounterpartySchema,
  LegalEntitySchema,
  RecordChangeSchema,
  SegmentSchema,
} from './clients/index.ts';
import {
  ProcessDefinitionSchema,
  ProcessEventSchema,
  ProcessInstanceSchema,
  ProcessVersionSchema,
  TaskSchema,
} from './processes/index.ts';
import {
  BankImportSchema,
  DealSchema,
  DiscountSchema,
  DocumentSchema,
  DocumentSequenceSchema,
  DocumentTemplateSchema,
  InvoiceSchema,
  LeadSchema,
  PaymentSchema,
  PriceSchema,
  ProductSchema,
  ProductTypeSchema,
  StoredFileSchema,
  ShipmentSchema,
  ContractSchema,
  SalesPlanSchema,
} from './sales/index.ts';
import { IncomingRequestSchema, InteractionSchema, ReminderSchema } from './interactions/index.ts';
import { NotificationSchema, SentMailSchema } from './notifications/index.ts';
import { BusinessCalendarSchema } from './calendars/index.ts';
import { IdempotencyKeySchema, RoundTripSchema } from './system/index.ts';

export const entities = [
  UserSchema,
  RoleSchema,
  RoundTripSchema,
  ProcessDefinitionSchema,
  ProcessVersionSchema,
  ProcessInstanceSchema,
  ProcessEventSchema,
  TaskSchema,
  ...[ProductTypeSchema, ProductSchema, PriceSchema, DiscountSchema, StoredFileSchema, DocumentTemplateSchema, DocumentSchema, DocumentSequenceSchema],
  ...[InvoiceSchema, PaymentSchema, BankImportSchema, LeadSchema, DealSchema],
  ...[ShipmentSchema, ContractSchema, SalesPlanSchema],
  NotificationSchema,
  SentMailSchema,
  TeamSchema,
  CounterpartySchema,
  LegalEntitySchema,
  ContactPersonSchema,
  ClientRelationSchema,
  RecordChangeSchema,
  ClientSettingSchema,
  SegmentSchema,
  IdempotencyKeySchema,
  ...[InteractionSchema, IncomingRequestSchema, ReminderSchema],
  BusinessCalendarSchema,
];

const migrationsPath = fileURLToPath(new URL('../migrations', import.meta.url));

export function ormConfig(clientUrl: string, extra: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    // Migrations are written by hand (test/schema.test.ts checks them against the entities); no snapshot to merge.
    migrations: { path: migrationsPath, pathTs: migrationsPath, glob: '!(*.d).{js,ts}', transactional: true, snapshot: false },
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
