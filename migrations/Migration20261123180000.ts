import { Migration } from '@mikro-orm/migrations';

/**
 * A user's language is null until they pick one: the old default 'en' could not tell "chose
 * English" from "never chose", so the browser's language never got a chance.
 */
export class Migration20261123180000 extends Migration {
  override name = 'Migration20261123180000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "app_user" alter column "locale" drop default, alter column "locale" drop not null;`);
    this.addSql(`update "app_user" set "locale" = null where "locale" = 'en';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`update "app_user" set "locale" = 'en' where "locale" is null;`);
    this.addSql(`alter table "app_user" alter column "locale" set default 'en', alter column "locale" set not null;`);
  }
}
