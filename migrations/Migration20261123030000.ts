import { Migration } from '@mikro-orm/migrations';

/** In-app notifications per user (keyed per delivery, read and mailed marks) and e-mails sent by processes. */
export class Migration20261123030000 extends Migration {
  override name = 'Migration20261123030000';

  override up(): void | Promise<void> {
    this.addSql(`create table "notification" ("id" bigserial primary key, "user_id" int not null references "app_user" ("id") on delete cascade, "key" varchar(300) not null, "kind" varchar(40) not null, "title" varchar(300) not null, "body" text not null, "link" varchar(500) null, "created_at" timestamptz not null, "read_at" timestamptz null, "mailed_at" timestamptz null);`);
    this.addSql(`create unique index "notification_user_id_key_unique" on "notification" ("user_id", "key");`);
    this.addSql(`create index "notification_user_id_index" on "notification" ("user_id");`);
    this.addSql(`create index "notification_unread_index" on "notification" ("user_id") where "read_at" is null;`);
    this.addSql(`create table "sent_mail" ("key" varchar(300) primary key, "recipients" jsonb not null, "subject" varchar(500) not null, "message_id" varchar(300) not null, "sent_at" timestamptz null, "created_at" timestamptz not null);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "sent_mail";`);
    this.addSql(`drop table if exists "notification";`);
  }
}
