import { Migration } from '@mikro-orm/migrations';

/** Round-robin turns of assignment rules, and business calendars (working hours, weekends, public holidays). */
export class Migration20261123120000 extends Migration {
  override name = 'Migration20261123120000';

  override up(): void | Promise<void> {
    this.addSql(`create table "assignment_cursor" ("group_key" varchar(300) not null primary key, "last_user_id" int null, "updated_at" timestamptz not null);`);
    this.addSql(`create table "business_calendar" ("id" serial primary key, "code" varchar(64) not null, "name" varchar(200) not null, "time_zone" varchar(64) not null default 'UTC', "working_hours" jsonb not null, "holidays" jsonb not null default '[]', "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`alter table "business_calendar" add constraint "business_calendar_code_unique" unique ("code");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "business_calendar";`);
    this.addSql(`drop table if exists "assignment_cursor";`);
  }
}
