import { Migration } from '@mikro-orm/migrations';

/**
 * Duplicates and merge: a merged counterparty stays as a tombstone pointing at its survivor;
 * names are compared in a normalised form (no legal-form words, no punctuation) under a
 * trigram index; phones and e-mails are looked up through GIN indexes over their values.
 */
export class Migration20261123090000 extends Migration {

  override name = 'Migration20261123090000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "counterparty" add column "merged_into_id" int null;`);
    this.addSql(`alter table "counterparty" add constraint "counterparty_merged_into_id_foreign" foreign key ("merged_into_id") references "counterparty" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "counterparty_merged_into_id_index" on "counterparty" ("merged_into_id") where "merged_into_id" is not null;`);
    // Token-wise, so it works under any database locale (Cyrillic is no "word character" in C);
    // applied twice because adjacent legal-form words share the space between them.
    this.addSql(`create or replace function crm_norm_name(t text) returns text language sql immutable parallel safe as $$
      select btrim(regexp_replace(regexp_replace(regexp_replace(
        ' ' || regexp_replace(lower(coalesce(t, '')), '[[:punct:][:space:]«»„“”№]+', ' ', 'g') || ' ',
        ' (тов|тзов|ооо|пп|фоп|пат|прат|ат|зат|ват|кп|дп|llc|ltd|inc|gmbh|corp|co|plc|sa|ag) ', ' ', 'g'),
        ' (тов|тзов|ооо|пп|фоп|пат|прат|ат|зат|ват|кп|дп|llc|ltd|inc|gmbh|corp|co|plc|sa|ag) ', ' ', 'g'), ' +', ' ', 'g'))
    $$;`);
    this.addSql(`create index "counterparty_norm_name_trgm" on "counterparty" using gin (crm_norm_name("name") gin_trgm_ops);`);
    this.addSql(`create index "counterparty_phone_keys" on "counterparty" using gin (jsonb_path_query_array("phones", '$[*].number'));`);
    this.addSql(`create index "counterparty_email_keys" on "counterparty" using gin (jsonb_path_query_array("emails", '$[*].address'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "counterparty_email_keys";`);
    this.addSql(`drop index if exists "counterparty_phone_keys";`);
    this.addSql(`drop index if exists "counterparty_norm_name_trgm";`);
    this.addSql(`drop function if exists crm_norm_name(text);`);
    this.addSql(`alter table "counterparty" drop constraint if exists "counterparty_merged_into_id_foreign";`);
    this.addSql(`alter table "counterparty" drop column if exists "merged_into_id";`);
  }

}
