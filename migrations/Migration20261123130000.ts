import { Migration } from '@mikro-orm/migrations';

/**
 * Client imports: an uploaded file is kept once per content hash (uploading it again finds
 * the same import), and each file row that became a counterparty is recorded, so running
 * the import again, or resuming it after a failed batch, never creates the row twice.
 * The duplicate-search GIN indexes keep a small pending list, and the list's sort keys get indexes.
 */
const gin = ['counterparty_norm_name_trgm', 'counterparty_phone_keys', 'counterparty_email_keys', 'counterparty_search_trgm', 'counterparty_name_trgm'];

const sortColumns = ['name', 'created_at', 'updated_at'];

export class Migration20261123130000 extends Migration {
  override name = 'Migration20261123130000';

  override up(): void | Promise<void> {
    this.addSql(`create table "client_import" ("id" serial primary key, "file_hash" char(64) not null, "file_name" varchar(255) not null, "format" text not null, "content" bytea not null, "columns" jsonb not null, "row_count" int not null, "status" text not null default 'uploaded', "mapping" jsonb null, "result" jsonb null, "created_by" int not null references "app_user" ("id"), "created_at" timestamptz not null default now(), "finished_at" timestamptz null, constraint "client_import_status_check" check ("status" in ('uploaded', 'importing', 'done')));`);
    this.addSql(`create unique index "client_import_file_hash_unique" on "client_import" ("file_hash");`);
    // GIN's pending list (4 MB by default) is scanned linearly by every search until it is
    // merged: after a bulk load one duplicate lookup took ~400 ms at 10 000 clients instead of
    // ~1 ms. Without the list (fastupdate off) every write pays ~5 ms a row, and recalculating
    // the ABC classes of 100 000 clients (one UPDATE each) took minutes. A 256 kB list keeps
    // both: writes are merged in small batches, a search scans at most 256 kB.
    for (const index of gin) this.addSql(`alter index "${index}" set (gin_pending_list_limit = 256);`);
    // The client list pages in (sort key, id) order: without these a page sorted the whole base.
    for (const column of sortColumns) this.addSql(`create index "counterparty_${column}_id_index" on "counterparty" ("${column}", "id");`);
    this.addSql(`create table "client_import_row" ("import_id" int not null references "client_import" ("id") on delete cascade, "row_no" int not null, "counterparty_id" int not null references "counterparty" ("id") on delete cascade, "imported_at" timestamptz not null default now(), primary key ("import_id", "row_no"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "client_import_row";`);
    this.addSql(`drop table if exists "client_import";`);
    for (const index of gin) this.addSql(`alter index "${index}" reset (gin_pending_list_limit);`);
    for (const column of sortColumns) this.addSql(`drop index if exists "counterparty_${column}_id_index";`);
  }
}
