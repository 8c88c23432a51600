import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000000 extends Migration {

  override name = 'Migration20261123000000';

  override up(): void | Promise<void> {
    this.addSql(`create table "role" ("id" serial primary key, "code" varchar(64) not null, "name" varchar(200) not null, "permissions" jsonb not null default '[]', "version" int not null default 1);`);
    this.addSql(`alter table "role" add constraint "role_code_unique" unique ("code");`);

    this.addSql(`create table "round_trip" ("id" uuid not null, "workflow_id" varchar(200) not null, "message" varchar(500) not null, "requested_by" int not null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "round_trip" add constraint "round_trip_workflow_id_unique" unique ("workflow_id");`);

    this.addSql(`create table "app_user" ("id" serial primary key, "email" varchar(320) not null, "display_name" varchar(200) not null, "password_hash" varchar(255) not null, "locale" varchar(8) not null default 'en', "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "user_role" ("user_id" int not null, "role_id" int not null, primary key ("user_id", "role_id"));`);

    this.addSql(`alter table "user_role" add constraint "user_role_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "user_role" add constraint "user_role_role_id_foreign" foreign key ("role_id") references "role" ("id") on update cascade on delete cascade;`);

    // The built-in roles as they were when this migration landed; later changes come in new migrations.
    this.addSql(`insert into "role" ("code", "name", "permissions") values
      ('admin', 'Administrator', '[{"action":"manage","subject":"all","scope":"all"}]'),
      ('process_owner', 'Process owner', '[{"action":"manage","subject":"ProcessDefinition","scope":"all"},{"action":"read","subject":"ProcessInstance","scope":"all"}]'),
      ('head_of_sales', 'Head of sales', '[{"action":"manage","subject":"Client","scope":"team"},{"action":"manage","subject":"Deal","scope":"team"}]'),
      ('sales_manager', 'Sales manager', '[{"action":"manage","subject":"Client","scope":"own"},{"action":"manage","subject":"Deal","scope":"own"}]'),
      ('agent', 'Service agent', '[{"action":"manage","subject":"Claim","scope":"own"}]'),
      ('marketer', 'Marketer', '[{"action":"manage","subject":"Campaign","scope":"all"}]'),
      ('analyst', 'Analyst', '[{"action":"read","subject":"ProcessStatistics","scope":"all"}]');`);

    // Shared by API nodes (and the worker's emitter) for socket.io broadcasts; see @socket.io/postgres-adapter.
    this.addSql(`create table "socket_io_attachments" ("id" bigserial unique, "created_at" timestamptz default now(), "payload" bytea);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "socket_io_attachments";`);
    this.addSql(`drop table if exists "user_role";`);
    this.addSql(`drop table if exists "app_user";`);
    this.addSql(`drop table if exists "round_trip";`);
    this.addSql(`drop table if exists "role";`);
  }

}
