import { Migration } from '@mikro-orm/migrations';

const eastern = '(тов|тзов|ооо|пп|фоп|пат|прат|ат|зат|ват|кп|дп|llc|ltd|inc|gmbh|corp|co|plc|sa|ag)';

/** `t` lower-cased, without punctuation and legal forms: the body of crm_norm_name on a prepared text. */
const body = (t: string) => `
      select btrim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
        ' ' || regexp_replace(${t}, '[[:punct:][:space:]«»„“”№]+', ' ', 'g') || ' ',
        ' (spol s r o|spol sro|s r o|sro|v o s) ', ' ', 'g'),
        ' ${eastern} ', ' ', 'g'),
        ' ${eastern} ', ' ', 'g'),
        ' (a s|k s) *$', ' '), ' +', ' ', 'g'))`;

/**
 * Names compare without diacritics: "Žilina" ~ "Zilina", "Košice" ~ "Kosice", "Київ" ~ "Киів",
 * "Ґалицька" ~ "Галицька", "Йосип" ~ "Иосип" (people type ї, й, ґ without their marks on a
 * Russian or Latin keyboard). unaccent folds the Latin letters and ё; translate() the Ukrainian
 * ones it leaves. Apostrophes inside words (Комп'ютер, O'Neil) are dropped, not made spaces.
 * unaccent is schema-qualified with its dictionary so the function stays immutable and works
 * under the empty search_path PostgreSQL uses to build indexes. The trigram index over the
 * normalised name is rebuilt because its expression changed meaning.
 */
export class Migration20261124020000 extends Migration {
  override name = 'Migration20261124020000';

  override up(): void | Promise<void> {
    this.addSql(`create extension if not exists unaccent schema public;`);
    this.addSql(`create or replace function crm_norm_name(t text) returns text language sql immutable parallel safe as $$${body(
      `translate(public.unaccent('public.unaccent'::regdictionary, lower(coalesce(t, ''))), 'їйґ''’ʼ\`', 'іиг')`)}
    $$;`);
    this.addSql(`reindex index "counterparty_norm_name_trgm";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create or replace function crm_norm_name(t text) returns text language sql immutable parallel safe as $$${body(`lower(coalesce(t, ''))`)}
    $$;`);
    this.addSql(`reindex index "counterparty_norm_name_trgm";`);
  }
}
