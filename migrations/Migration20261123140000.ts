import { Migration } from '@mikro-orm/migrations';

/** Shipments of deals, contracts with validity dates (and their expiry reminders), sales plans per manager and period. */
export class Migration20261123140000 extends Migration {
  override name = 'Migration20261123140000';

  override up(): void | Promise<void> {
    this.addSql(`create table "shipment" ("id" serial primary key, "deal_id" int null, "invoice_id" int null, "counterparty_id" int null, "responsible_id" int not null, "team_id" int null, "lines" jsonb not null, "planned_at" timestamptz not null, "shipped_on" date null, "state" varchar(10) not null default 'planned', "notes" varchar(2000) null, "workflow_id" varchar(200) null, "creation_key" varchar(200) null, "created_by" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`create index "shipment_deal_id_index" on "shipment" ("deal_id");`);
    this.addSql(`create index "shipment_counterparty_id_index" on "shipment" ("counterparty_id");`);
    this.addSql(`alter table "shipment" add constraint "shipment_creation_key_unique" unique ("created_by", "creation_key");`);

    this.addSql(`create table "contract" ("id" serial primary key, "number" varchar(60) not null, "subject" varchar(500) null, "deal_id" int null, "counterparty_id" int not null, "responsible_id" int not null, "team_id" int null, "document_id" int null, "valid_from" date not null, "valid_to" date null, "remind_days_before" int not null default 30, "remind_at" timestamptz null, "reminded_for" timestamptz null, "creation_key" varchar(200) null, "created_by" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`alter table "contract" add constraint "contract_number_unique" unique ("number");`);
    this.addSql(`create index "contract_counterparty_id_index" on "contract" ("counterparty_id");`);
    this.addSql(`alter table "contract" add constraint "contract_creation_key_unique" unique ("created_by", "creation_key");`);

    this.addSql(`create table "sales_plan" ("id" serial primary key, "user_id" int not null, "period" varchar(7) not null, "currency" varchar(3) not null, "amount_won" bigint not null default 0, "deals_won" int not null default 0, "interactions_done" int not null default 0, "set_by" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`alter table "sales_plan" add constraint "sales_plan_user_period_unique" unique ("user_id", "period");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "sales_plan";`);
    this.addSql(`drop table if exists "contract";`);
    this.addSql(`drop table if exists "shipment";`);
  }
}
