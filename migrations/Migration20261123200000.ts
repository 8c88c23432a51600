import { Migration } from '@mikro-orm/migrations';

/**
 * Each client's current ABC/XYZ class moves off the client row into a narrow table of its own.
 * Storing a recalculation rewrote every client row whose class moved, each with ~16 indexes
 * (three trigram GIN): at a million clients that did not finish in hours. The narrow table is
 * replaced in bulk by one INSERT ... SELECT. The class history (`client_class`) stays as it is.
 * Figures are null only for classes that no history row explains (set by hand before this).
 */
export class Migration20261123200000 extends Migration {
  override name = 'Migration20261123200000';

  override up(): void | Promise<void> {
    this.addSql(`create table "client_current_class" ("counterparty_id" int primary key, "abc" char(1) not null, "xyz" char(1) not null, "measure" text null, "period_from" date null, "period_to" date null, "total" numeric(16,2) null, "share" double precision null, "variation" double precision null, "computed_at" timestamptz not null, "computed_by" int null);`);
    this.addSql(`alter table "client_current_class" add constraint "client_current_class_counterparty_id_foreign" foreign key ("counterparty_id") references "counterparty" ("id") on update cascade on delete cascade;`);
    // The latest history row that gave the class; after a merge the survivor may hold two of one run.
    this.addSql(`insert into "client_current_class" ("counterparty_id", "abc", "xyz", "measure", "period_from", "period_to", "total", "share", "variation", "computed_at", "computed_by")
      select c.id, c.abc_class, c.xyz_class, h.measure, h.period_from, h.period_to, h.total, h.share, h.variation, coalesce(h.computed_at, c.updated_at), h.computed_by
      from "counterparty" c left join lateral (
        select * from "client_class" k where k.counterparty_id = c.id
        order by (k.abc = c.abc_class and k.xyz = c.xyz_class) desc, k.computed_at desc, k.id desc limit 1) h on true
      where c.abc_class is not null and c.xyz_class is not null;`);
    this.addSql(`alter table "counterparty" drop column "abc_class", drop column "xyz_class";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "counterparty" add column "abc_class" char(1) null, add column "xyz_class" char(1) null;`);
    this.addSql(`update "counterparty" c set abc_class = k.abc, xyz_class = k.xyz from "client_current_class" k where k.counterparty_id = c.id;`);
    this.addSql(`drop table if exists "client_current_class";`);
  }
}
