import { Migration } from '@mikro-orm/migrations';

/**
 * Leads and deals. A deal's stage and outcome follow its Sales process instance: a trigger
 * copies the instance row's stage (and, when the instance ends in a stage named Won or Lost,
 * the outcome) onto the deal, so every path that moves a token keeps the deal in step.
 */
export class Migration20261123100000 extends Migration {

  override name = 'Migration20261123100000';

  override up(): void | Promise<void> {
    this.addSql(`create table "deal" ("id" serial primary key, "title" varchar(300) not null, "counterparty_id" int not null references "counterparty" ("id") on update cascade, "contacts" jsonb not null default '[]', "amount" bigint not null default 0 check ("amount" >= 0), "currency" char(3) not null, "products" jsonb not null default '[]', "expected_close_date" date null, "responsible_id" int null references "app_user" ("id") on delete set null, "team_id" int null references "team" ("id") on delete set null, "competitors" jsonb not null default '[]', "lost_reason" varchar(300) null, "source" varchar(100) null, "lead_id" int null, "process_key" varchar(64) not null, "workflow_id" varchar(200) null, "stage" varchar(200) null, "status" varchar(10) not null default 'open' check ("status" in ('open', 'won', 'lost')), "closed_at" timestamptz null, "creation_key" varchar(200) null, "created_by" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`create unique index "deal_creation_key_unique" on "deal" ("created_by", "creation_key");`);
    this.addSql(`create index "deal_counterparty_id_index" on "deal" ("counterparty_id");`);
    this.addSql(`create index "deal_responsible_index" on "deal" ("responsible_id", "team_id");`);
    this.addSql(`create index "deal_status_index" on "deal" ("process_key", "status");`);

    this.addSql(`create table "lead" ("id" serial primary key, "status" varchar(12) not null default 'new' check ("status" in ('new', 'qualified', 'rejected')), "channel" varchar(10) not null, "source" varchar(100) null, "interest" varchar(1000) null, "contact_name" varchar(300) null, "company_name" varchar(300) null, "tax_id" varchar(40) null, "phone" varchar(40) null, "email" varchar(320) null, "message" text null, "responsible_id" int null references "app_user" ("id") on delete set null, "counterparty_id" int null references "counterparty" ("id"), "deal_id" int null references "deal" ("id"), "rejected_reason" varchar(300) null, "creation_key" varchar(200) null unique, "created_by" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`create index "lead_status_index" on "lead" ("status", "id");`);
    this.addSql(`alter table "deal" add constraint "deal_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on delete set null;`);

    this.addSql(`create function deal_follows_instance() returns trigger language plpgsql as $$
      begin
        if new.record_type = 'deal' and new.record_id ~ '^[0-9]+$' then
          update "deal" d set
            "stage" = coalesce(new.stage, d.stage),
            "status" = case when new.status = 'completed' and lower(new.stage) = 'won' then 'won'
                            when new.status in ('completed', 'terminated') and lower(new.stage) = 'lost' then 'lost'
                            else d.status end,
            "closed_at" = case when new.status in ('completed', 'terminated') and lower(new.stage) in ('won', 'lost') then coalesce(d.closed_at, new.ended_at, now()) else d.closed_at end
          where d.id = new.record_id::int and d.workflow_id = new.workflow_id;
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "process_instance_deal_stage" after insert or update of "stage", "status" on "process_instance" for each row execute function deal_follows_instance();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "process_instance_deal_stage" on "process_instance";`);
    this.addSql(`drop function if exists deal_follows_instance();`);
    this.addSql(`alter table "deal" drop constraint "deal_lead_id_foreign";`);
    this.addSql(`drop table if exists "lead" cascade;`);
    this.addSql(`drop table if exists "deal" cascade;`);
  }
}
