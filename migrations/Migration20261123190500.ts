import { Migration } from '@mikro-orm/migrations';

/**
 * Searches of one or two characters find names starting with them (see
 * domain/clients/counterparties/search.ts): a pattern-ops index on the lower-cased name serves
 * the prefix under any database collation.
 */
export class Migration20261123190500 extends Migration {
  override name = 'Migration20261123190500';

  override up(): void | Promise<void> {
    this.addSql(`create index "counterparty_name_prefix" on "counterparty" (lower("name") text_pattern_ops);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "counterparty_name_prefix";`);
  }
}
