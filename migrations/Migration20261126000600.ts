import { Migration } from '@mikro-orm/migrations';

/** Each user's time zone (IANA name): notices, e-mails and the UI show times in it. */
export class Migration20261126000600 extends Migration {
  override name = 'Migration20261126000600';

  override up(): void | Promise<void> {
    this.addSql(`alter table "app_user" add column "time_zone" varchar(64) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app_user" drop column if exists "time_zone";`);
  }
}
