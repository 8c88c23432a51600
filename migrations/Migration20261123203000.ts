import { Migration } from '@mikro-orm/migrations';

const eastern = '(тов|тзов|ооо|пп|фоп|пат|прат|ат|зат|ват|кп|дп|llc|ltd|inc|gmbh|corp|co|plc|sa|ag)';

/** The name normaliser before Slovak/Czech legal forms; `down` puts it back. */
const before = `
      select btrim(regexp_replace(regexp_replace(regexp_replace(
        ' ' || regexp_replace(lower(coalesce(t, '')), '[[:punct:][:space:]«»„“”№]+', ' ', 'g') || ' ',
        ' ${eastern} ', ' ', 'g'),
        ' ${eastern} ', ' ', 'g'), ' +', ' ', 'g'))`;

/**
 * Slovak/Czech legal forms drop out of normalised names like the Ukrainian, Russian and English
 * ones, so "Novak s.r.o." and "NOVAK" are one name. With punctuation gone they are runs of
 * letters ("spol s r o", "s r o", "v o s"), dropped wherever they stand. "a s" (a.s.) and
 * "k s" (k.s.) are dropped only at the end, where those forms stand: elsewhere "a" is the Slovak
 * "and" and single letters are initials ("A S Motors").
 * The trigram index over the normalised name is rebuilt because its expression changed meaning.
 */
export class Migration20261123203000 extends Migration {
  override name = 'Migration20261123203000';

  override up(): void | Promise<void> {
    this.addSql(`create or replace function crm_norm_name(t text) returns text language sql immutable parallel safe as $$
      select btrim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
        ' ' || regexp_replace(lower(coalesce(t, '')), '[[:punct:][:space:]«»„“”№]+', ' ', 'g') || ' ',
        ' (spol s r o|spol sro|s r o|sro|v o s) ', ' ', 'g'),
        ' ${eastern} ', ' ', 'g'),
        ' ${eastern} ', ' ', 'g'),
        ' (a s|k s) *$', ' '), ' +', ' ', 'g'))
    $$;`);
    this.addSql(`reindex index "counterparty_norm_name_trgm";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create or replace function crm_norm_name(t text) returns text language sql immutable parallel safe as $$${before}
    $$;`);
    this.addSql(`reindex index "counterparty_norm_name_trgm";`);
  }
}
