import { Migration } from '@mikro-orm/migrations';

/**
 * Client base: teams (row-level scope "team"), our own legal entities, counterparties with
 * contact persons and relations, field-level change history, completeness settings, and
 * idempotency keys for creating POSTs. Text search uses pg_trgm over a derived search column.
 */
export class Migration20261123040000 extends Migration {

  override name = 'Migration20261123040000';

  override up(): void | Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);

    this.addSql(`create table "team" ("id" serial primary key, "name" varchar(200) not null, "head_id" int null, "created_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`alter table "team" add constraint "team_name_unique" unique ("name");`);
    this.addSql(`alter table "team" add constraint "team_head_id_foreign" foreign key ("head_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "app_user" add column "team_id" int null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "app_user_team_id_index" on "app_user" ("team_id");`);

    this.addSql(`create table "legal_entity" ("id" serial primary key, "name" varchar(300) not null, "tax_id" varchar(20) null, "registration_id" varchar(40) null, "address" varchar(500) null, "vat_payer" boolean not null default false, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1);`);

    this.addSql(`create table "counterparty" ("id" serial primary key, "kind" text not null, "name" varchar(300) not null, "legal_name" varchar(500) null, "relationships" jsonb not null default '[]', "parent_id" int null, "division" boolean not null default false, "tax_id" varchar(20) null, "tax_id_kind" text null, "registration_ids" jsonb not null default '[]', "addresses" jsonb not null default '[]', "phones" jsonb not null default '[]', "emails" jsonb not null default '[]', "messengers" jsonb not null default '[]', "website" varchar(500) null, "industry" varchar(120) null, "region" varchar(120) null, "size" text null, "status" text not null default 'lead', "source" varchar(120) null, "tags" jsonb not null default '[]', "responsible_id" int null, "team_id" int null, "search_text" text not null default '', "created_by" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`alter table "counterparty" add constraint "counterparty_kind_check" check ("kind" in ('company', 'person'));`);
    this.addSql(`alter table "counterparty" add constraint "counterparty_status_check" check ("status" in ('lead', 'prospect', 'client', 'former'));`);
    this.addSql(`alter table "counterparty" add constraint "counterparty_size_check" check ("size" in ('micro', 'small', 'medium', 'large', 'enterprise'));`);
    this.addSql(`alter table "counterparty" add constraint "counterparty_parent_id_foreign" foreign key ("parent_id") references "counterparty" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "counterparty" add constraint "counterparty_responsible_id_foreign" foreign key ("responsible_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "counterparty" add constraint "counterparty_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "counterparty_responsible_id_index" on "counterparty" ("responsible_id");`);
    this.addSql(`create index "counterparty_team_id_index" on "counterparty" ("team_id");`);
    this.addSql(`create index "counterparty_parent_id_index" on "counterparty" ("parent_id");`);
    this.addSql(`create index "counterparty_status_index" on "counterparty" ("status");`);
    this.addSql(`create index "counterparty_tax_id_index" on "counterparty" ("tax_id");`);
    this.addSql(`create index "counterparty_tags_index" on "counterparty" using gin ("tags");`);
    this.addSql(`create index "counterparty_search_trgm" on "counterparty" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`create index "counterparty_name_trgm" on "counterparty" using gin (lower("name") gin_trgm_ops);`);

    this.addSql(`create table "contact_person" ("id" serial primary key, "counterparty_id" int not null, "full_name" varchar(300) not null, "position" varchar(200) null, "decision_role" text null, "phones" jsonb not null default '[]', "emails" jsonb not null default '[]', "messengers" jsonb not null default '[]', "birthday" varchar(10) null, "preferred_channel" text null, "note" varchar(2000) null, "created_by" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`alter table "contact_person" add constraint "contact_person_counterparty_id_foreign" foreign key ("counterparty_id") references "counterparty" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contact_person" add constraint "contact_person_decision_role_check" check ("decision_role" in ('decision_maker', 'influencer', 'user', 'gatekeeper'));`);
    this.addSql(`create index "contact_person_counterparty_id_index" on "contact_person" ("counterparty_id");`);

    this.addSql(`create table "client_relation" ("id" serial primary key, "from_type" text not null, "from_id" int not null, "to_type" text not null, "to_id" int not null, "kind" text not null, "note" varchar(1000) null, "created_by" int null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "client_relation" add constraint "client_relation_kind_check" check ("kind" in ('parent_company', 'partner', 'competitor', 'supplier', 'influences'));`);
    this.addSql(`alter table "client_relation" add constraint "client_relation_unique" unique ("from_type", "from_id", "to_type", "to_id", "kind");`);
    this.addSql(`create index "client_relation_from_index" on "client_relation" ("from_type", "from_id");`);
    this.addSql(`create index "client_relation_to_index" on "client_relation" ("to_type", "to_id");`);

    this.addSql(`create table "record_change" ("id" bigserial primary key, "record_type" text not null, "record_id" int not null, "counterparty_id" int not null, "action" text not null, "field" varchar(100) not null, "old_value" jsonb null, "new_value" jsonb null, "actor_id" int null, "changed_at" timestamptz not null);`);
    this.addSql(`create index "record_change_counterparty_id_changed_at_index" on "record_change" ("counterparty_id", "changed_at");`);
    this.addSql(`create index "record_change_record_index" on "record_change" ("record_type", "record_id");`);

    this.addSql(`create table "client_setting" ("key" varchar(100) not null, "value" jsonb not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("key"));`);
    this.addSql(`insert into "client_setting" ("key", "value", "updated_at") values ('completeness', '{"counterparty":{"required":["name","taxId","phones","emails","responsibleId"],"desirable":["industry","region","size","website","addresses","source"]},"contact":{"required":["fullName","phones"],"desirable":["emails","position","decisionRole","birthday","preferredChannel"]}}', now());`);

    this.addSql(`create table "idempotency_key" ("user_id" int not null, "scope" varchar(100) not null, "key" varchar(200) not null, "status" int not null, "response" jsonb not null, "created_at" timestamptz not null, primary key ("user_id", "scope", "key"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "idempotency_key";`);
    this.addSql(`drop table if exists "client_setting";`);
    this.addSql(`drop table if exists "record_change";`);
    this.addSql(`drop table if exists "client_relation";`);
    this.addSql(`drop table if exists "contact_person";`);
    this.addSql(`drop table if exists "counterparty";`);
    this.addSql(`drop table if exists "legal_entity";`);
    this.addSql(`alter table "app_user" drop constraint if exists "app_user_team_id_foreign";`);
    this.addSql(`alter table "app_user" drop column if exists "team_id";`);
    this.addSql(`drop table if exists "team";`);
  }

}
