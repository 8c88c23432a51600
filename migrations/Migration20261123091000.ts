import { Migration } from '@mikro-orm/migrations';

/**
 * Saved segments (a rule tree evaluated on read), sales lines that feed ABC/XYZ until sales
 * documents exist, and each client's class history with the current class on the record.
 */
export class Migration20261123091000 extends Migration {

  override name = 'Migration20261123091000';

  override up(): void | Promise<void> {
    this.addSql(`create table "segment" ("id" serial primary key, "name" varchar(200) not null, "description" varchar(2000) null, "rules" jsonb not null, "owner_id" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`alter table "segment" add constraint "segment_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "sales_line" ("id" bigserial primary key, "counterparty_id" int not null, "date" date not null, "revenue" numeric(16,2) not null, "margin" numeric(16,2) not null default 0, "reference" varchar(100) null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "sales_line" add constraint "sales_line_counterparty_id_foreign" foreign key ("counterparty_id") references "counterparty" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "sales_line_counterparty_id_date_index" on "sales_line" ("counterparty_id", "date");`);
    this.addSql(`create index "sales_line_date_index" on "sales_line" ("date");`);
    this.addSql(`create unique index "sales_line_reference_unique" on "sales_line" ("reference") where "reference" is not null;`);

    this.addSql(`alter table "counterparty" add column "abc_class" char(1) null, add column "xyz_class" char(1) null;`);
    this.addSql(`create table "client_class" ("id" bigserial primary key, "counterparty_id" int not null, "measure" text not null, "period_from" date not null, "period_to" date not null, "abc" char(1) not null, "xyz" char(1) not null, "total" numeric(16,2) not null, "share" double precision not null, "variation" double precision null, "computed_at" timestamptz not null, "computed_by" int null);`);
    this.addSql(`alter table "client_class" add constraint "client_class_counterparty_id_foreign" foreign key ("counterparty_id") references "counterparty" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "client_class_counterparty_id_computed_at_index" on "client_class" ("counterparty_id", "computed_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "client_class";`);
    this.addSql(`alter table "counterparty" drop column if exists "abc_class", drop column if exists "xyz_class";`);
    this.addSql(`drop table if exists "sales_line";`);
    this.addSql(`drop table if exists "segment";`);
  }

}
