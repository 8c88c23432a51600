import { Migration } from '@mikro-orm/migrations';

/**
 * Interactions with clients (calls, meetings, e-mails, notes, planned contacts), incoming
 * requests routed to a person or team, and reminders that durable Temporal timers fire.
 * `team_id` on interactions is the responsible's team, for the "team" row scope.
 */
export class Migration20261123110000 extends Migration {

  override name = 'Migration20261123110000';

  override up(): void | Promise<void> {
    this.addSql(`create table "interaction" ("id" serial primary key, "kind" text not null, "counterparty_id" int null, "contact_ids" jsonb not null default '[]', "at" timestamptz not null, "duration_minutes" int null, "subject" varchar(300) not null, "description" varchar(4000) null, "responsible_id" int not null, "team_id" int null, "participant_ids" jsonb not null default '[]', "state" text not null default 'planned', "result" varchar(4000) null, "next_step" varchar(2000) null, "remind_before_minutes" int null, "completed_at" timestamptz null, "cancelled_at" timestamptz null, "created_by" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`alter table "interaction" add constraint "interaction_kind_check" check ("kind" in ('call', 'meeting', 'email', 'note', 'contact'));`);
    this.addSql(`alter table "interaction" add constraint "interaction_state_check" check ("state" in ('planned', 'done', 'cancelled'));`);
    this.addSql(`alter table "interaction" add constraint "interaction_counterparty_id_foreign" foreign key ("counterparty_id") references "counterparty" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "interaction" add constraint "interaction_responsible_id_foreign" foreign key ("responsible_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "interaction" add constraint "interaction_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "interaction_counterparty_id_at_index" on "interaction" ("counterparty_id", "at");`);
    this.addSql(`create index "interaction_responsible_id_at_index" on "interaction" ("responsible_id", "at");`);
    this.addSql(`create index "interaction_team_id_index" on "interaction" ("team_id");`);
    this.addSql(`create index "interaction_planned_at_index" on "interaction" ("at") where "state" = 'planned';`);
    this.addSql(`create index "interaction_participant_ids_index" on "interaction" using gin ("participant_ids");`);

    this.addSql(`create table "incoming_request" ("id" serial primary key, "counterparty_id" int null, "sender" varchar(300) not null, "channel" text not null, "text" varchar(4000) not null, "addressee_id" int not null, "team_id" int null, "routed_by" text not null, "read_at" timestamptz null, "created_by" int null, "created_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`alter table "incoming_request" add constraint "incoming_request_channel_check" check ("channel" in ('phone', 'email', 'messenger', 'sms', 'web', 'visit'));`);
    this.addSql(`alter table "incoming_request" add constraint "incoming_request_routed_by_check" check ("routed_by" in ('person', 'team_head', 'team_rule'));`);
    this.addSql(`alter table "incoming_request" add constraint "incoming_request_counterparty_id_foreign" foreign key ("counterparty_id") references "counterparty" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "incoming_request" add constraint "incoming_request_addressee_id_foreign" foreign key ("addressee_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "incoming_request" add constraint "incoming_request_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "incoming_request_addressee_unread_index" on "incoming_request" ("addressee_id", "created_at") where "read_at" is null;`);
    this.addSql(`create index "incoming_request_counterparty_id_index" on "incoming_request" ("counterparty_id");`);

    this.addSql(`create table "reminder" ("id" serial primary key, "user_id" int not null, "at" timestamptz not null, "text" varchar(1000) not null, "counterparty_id" int null, "interaction_id" int null, "due_at" timestamptz null, "state" text not null default 'scheduled', "fired_for" timestamptz null, "overdue_notified_for" timestamptz null, "created_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`alter table "reminder" add constraint "reminder_state_check" check ("state" in ('scheduled', 'fired', 'cancelled'));`);
    this.addSql(`alter table "reminder" add constraint "reminder_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "reminder" add constraint "reminder_counterparty_id_foreign" foreign key ("counterparty_id") references "counterparty" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "reminder" add constraint "reminder_interaction_id_foreign" foreign key ("interaction_id") references "interaction" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "reminder" add constraint "reminder_interaction_id_unique" unique ("interaction_id");`);
    this.addSql(`create index "reminder_user_id_at_index" on "reminder" ("user_id", "at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "reminder" cascade;`);
    this.addSql(`drop table if exists "incoming_request" cascade;`);
    this.addSql(`drop table if exists "interaction" cascade;`);
  }

}
