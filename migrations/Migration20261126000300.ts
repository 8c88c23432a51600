import { Migration } from '@mikro-orm/migrations';

/**
 * A client's primary contact: the person a manager calls first, shown first on the card. At
 * most one per client, kept by a partial unique index (moving the mark is one transaction
 * that clears the old one first).
 */
export class Migration20261126000300 extends Migration {
  override name = 'Migration20261126000300';

  override up(): void | Promise<void> {
    this.addSql(`alter table "contact_person" add column "is_primary" boolean not null default false;`);
    this.addSql(`create unique index "contact_person_one_primary" on "contact_person" ("counterparty_id") where "is_primary";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "contact_person_one_primary";`);
    this.addSql(`alter table "contact_person" drop column "is_primary";`);
  }
}
