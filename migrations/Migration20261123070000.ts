import { Migration } from '@mikro-orm/migrations';

/**
 * Sales: product catalogue (types, products, prices, discounts), document templates and
 * generated documents with their files and numbering, invoices, payments and bank imports.
 * Money is bigint minor units (kopecks, cents); quantities numeric(14,3); rates in basis points.
 */
export class Migration20261123070000 extends Migration {

  override name = 'Migration20261123070000';

  override up(): void | Promise<void> {
    this.addSql(`create table "product_type" ("id" serial primary key, "code" varchar(64) not null unique, "name" varchar(200) not null, "parameters" jsonb not null default '[]', "created_at" timestamptz not null, "version" int not null default 1);`);

    this.addSql(`create table "product" ("id" serial primary key, "sku" varchar(64) not null unique, "name" varchar(300) not null, "type_id" int null references "product_type" ("id") on update cascade on delete set null, "unit" varchar(20) not null, "parameters" jsonb not null default '{}', "tax_rate_bp" int null, "active" boolean not null default true, "creation_key" varchar(200) null, "created_by" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`create unique index "product_creation_key_unique" on "product" ("created_by", "creation_key");`);
    this.addSql(`create index "product_type_id_index" on "product" ("type_id");`);

    this.addSql(`create table "price" ("id" serial primary key, "product_id" int not null references "product" ("id") on update cascade on delete cascade, "currency" char(3) not null, "customer_group" varchar(64) null, "amount" bigint not null check ("amount" >= 0), "min_qty" numeric(14,3) not null default 0, "valid_from" date not null, "valid_to" date null, "creation_key" varchar(200) null, "created_by" int not null, "created_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`create index "price_lookup_index" on "price" ("product_id", "currency", "valid_from");`);
    this.addSql(`create unique index "price_creation_key_unique" on "price" ("created_by", "creation_key");`);

    this.addSql(`create table "discount" ("id" serial primary key, "name" varchar(200) not null, "percent_bp" int not null check ("percent_bp" between 0 and 10000), "product_id" int null references "product" ("id") on update cascade on delete cascade, "product_type_id" int null references "product_type" ("id") on update cascade on delete cascade, "customer_group" varchar(64) null, "counterparty_id" int null, "valid_from" date null, "valid_to" date null, "creation_key" varchar(200) null, "created_by" int not null, "created_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`create unique index "discount_creation_key_unique" on "discount" ("created_by", "creation_key");`);

    this.addSql(`create table "stored_file" ("id" uuid primary key, "file_name" varchar(255) not null, "media_type" varchar(120) not null, "size" int not null, "sha256" varchar(64) not null, "content" bytea not null, "created_at" timestamptz not null);`);

    this.addSql(`create table "document_template" ("id" serial primary key, "doc_type" varchar(40) not null, "name" varchar(200) not null, "file_id" uuid not null references "stored_file" ("id"), "placeholders" jsonb not null, "active" boolean not null default true, "uploaded_by" int not null, "uploaded_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`create index "document_template_doc_type_index" on "document_template" ("doc_type", "active");`);

    this.addSql(`create table "document_sequence" ("doc_type" varchar(40) not null, "year" int not null, "last_number" int not null, primary key ("doc_type", "year"));`);

    this.addSql(`create table "invoice" ("id" serial primary key, "number" varchar(40) null unique, "status" varchar(20) not null default 'draft', "currency" char(3) not null, "customer_group" varchar(64) null, "buyer_name" varchar(300) not null, "buyer_tax_id" varchar(40) null, "buyer_address" varchar(500) null, "issue_date" date null, "due_date" date null, "lines" jsonb not null, "net_total" bigint not null, "tax_total" bigint not null, "total" bigint not null, "paid_total" bigint not null default 0, "record_type" varchar(40) null, "record_id" varchar(100) null, "counterparty_id" int null, "creation_key" varchar(200) null, "created_by" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "invoice_status_check" check ("status" in ('draft', 'issued', 'partially_paid', 'paid', 'cancelled')));`);
    this.addSql(`create unique index "invoice_creation_key_unique" on "invoice" ("created_by", "creation_key");`);
    this.addSql(`create index "invoice_record_index" on "invoice" ("record_type", "record_id");`);

    this.addSql(`create table "document" ("id" serial primary key, "doc_type" varchar(40) not null, "number" varchar(40) not null, "template_id" int not null references "document_template" ("id"), "record_type" varchar(40) null, "record_id" varchar(100) null, "invoice_id" int null references "invoice" ("id") on delete set null, "counterparty_id" int null, "data" jsonb not null, "docx_file_id" uuid not null references "stored_file" ("id"), "pdf_file_id" uuid null references "stored_file" ("id"), "creation_key" varchar(300) null unique, "created_by" int null, "created_at" timestamptz not null);`);
    this.addSql(`create index "document_record_index" on "document" ("record_type", "record_id");`);
    this.addSql(`create unique index "document_number_unique" on "document" ("number") where "invoice_id" is null;`);

    this.addSql(`create table "bank_import" ("id" serial primary key, "format" varchar(10) not null, "file_name" varchar(255) null, "sha256" varchar(64) not null, "encoding" varchar(20) not null, "total" int not null, "created" int not null, "duplicates" int not null, "matched" int not null, "imported_by" int not null, "imported_at" timestamptz not null);`);

    this.addSql(`create table "payment" ("id" serial primary key, "amount" bigint not null check ("amount" > 0), "currency" char(3) not null, "paid_on" date not null, "payer_name" varchar(300) null, "payer_tax_id" varchar(40) null, "payer_account" varchar(64) null, "bank_doc_number" varchar(64) null, "purpose" text null, "source" varchar(10) not null, "dedupe_hash" varchar(64) null unique, "invoice_id" int null references "invoice" ("id") on delete set null, "match_score" int null, "import_id" int null references "bank_import" ("id"), "counterparty_id" int null, "creation_key" varchar(200) null, "created_by" int not null, "created_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`create unique index "payment_creation_key_unique" on "payment" ("created_by", "creation_key");`);
    this.addSql(`create index "payment_invoice_id_index" on "payment" ("invoice_id");`);

    // Counterparties (Migration20261123040000): a client with sales records cannot vanish silently.
    for (const t of ['discount', 'invoice', 'document', 'payment']) {
      this.addSql(`alter table "${t}" add constraint "${t}_counterparty_id_foreign" foreign key ("counterparty_id") references "counterparty" ("id") on update cascade;`);
      this.addSql(`create index "${t}_counterparty_id_index" on "${t}" ("counterparty_id");`);
    }
  }

  override down(): void | Promise<void> {
    for (const t of ['payment', 'bank_import', 'document', 'invoice', 'document_sequence', 'document_template', 'stored_file', 'discount', 'price', 'product', 'product_type']) {
      this.addSql(`drop table if exists "${t}" cascade;`);
    }
  }

}
