import { Migration } from '@mikro-orm/migrations';

/**
 * Monthly sales per client (`sales_month`): ABC/XYZ and the segmentation report read these
 * totals instead of every sales line. Statement-level triggers on `sales_line` keep it in step
 * with every writer at once: the import (whose re-import inserts nothing, so adds nothing), a
 * merge moving lines to the survivor (an update of counterparty_id), a deleted client's lines
 * (cascade delete) and any hand-written SQL. Transition tables make a bulk insert one
 * grouped upsert, not one per line. A month whose last line goes away loses its row, so a row
 * exists exactly when the client had a line that month, as the per-line query saw it.
 */
export class Migration20261123190000 extends Migration {
  override name = 'Migration20261123190000';

  override up(): void | Promise<void> {
    this.addSql(`create table "sales_month" ("counterparty_id" int not null, "month" date not null, "revenue" numeric(18,2) not null, "margin" numeric(18,2) not null, "lines" int not null, primary key ("counterparty_id", "month"));`);
    this.addSql(`create index "sales_month_month_index" on "sales_month" ("month");`);
    // Transition tables differ per event, so each event has its own function.
    this.addSql(`create function sales_month_add() returns trigger language plpgsql as $$
      begin
        insert into sales_month as t (counterparty_id, month, revenue, margin, lines)
        select counterparty_id, date_trunc('month', date)::date, sum(revenue), sum(margin), count(*) from new_lines group by 1, 2 order by 1, 2
        on conflict (counterparty_id, month) do update
          set revenue = t.revenue + excluded.revenue, margin = t.margin + excluded.margin, lines = t.lines + excluded.lines;
        return null;
      end $$;`);
    this.addSql(`create function sales_month_remove() returns trigger language plpgsql as $$
      begin
        update sales_month t set revenue = t.revenue - g.revenue, margin = t.margin - g.margin, lines = t.lines - g.lines
        from (select counterparty_id, date_trunc('month', date)::date as month, sum(revenue) as revenue, sum(margin) as margin, count(*) as lines
              from old_lines group by 1, 2) g
        where t.counterparty_id = g.counterparty_id and t.month = g.month;
        delete from sales_month t using (select distinct counterparty_id, date_trunc('month', date)::date as month from old_lines) g
        where t.counterparty_id = g.counterparty_id and t.month = g.month and t.lines <= 0;
        return null;
      end $$;`);
    this.addSql(`create function sales_month_move() returns trigger language plpgsql as $$
      begin
        insert into sales_month as t (counterparty_id, month, revenue, margin, lines)
        select counterparty_id, month, sum(revenue), sum(margin), sum(lines) from (
          select counterparty_id, date_trunc('month', date)::date as month, revenue, margin, 1 as lines from new_lines
          union all
          select counterparty_id, date_trunc('month', date)::date, -revenue, -margin, -1 from old_lines) d
        group by 1, 2 order by 1, 2
        on conflict (counterparty_id, month) do update
          set revenue = t.revenue + excluded.revenue, margin = t.margin + excluded.margin, lines = t.lines + excluded.lines;
        delete from sales_month t using (select distinct counterparty_id, date_trunc('month', date)::date as month from old_lines) g
        where t.counterparty_id = g.counterparty_id and t.month = g.month and t.lines <= 0;
        return null;
      end $$;`);
    this.addSql(`create function sales_month_clear() returns trigger language plpgsql as $$ begin truncate sales_month; return null; end $$;`);
    this.addSql(`create trigger "sales_line_month_insert" after insert on "sales_line" referencing new table as new_lines for each statement execute function sales_month_add();`);
    this.addSql(`create trigger "sales_line_month_update" after update on "sales_line" referencing old table as old_lines new table as new_lines for each statement execute function sales_month_move();`);
    this.addSql(`create trigger "sales_line_month_delete" after delete on "sales_line" referencing old table as old_lines for each statement execute function sales_month_remove();`);
    this.addSql(`create trigger "sales_line_month_truncate" after truncate on "sales_line" for each statement execute function sales_month_clear();`);
    this.addSql(`insert into sales_month (counterparty_id, month, revenue, margin, lines)
      select counterparty_id, date_trunc('month', date)::date, sum(revenue), sum(margin), count(*) from sales_line group by 1, 2;`);
  }

  override down(): void | Promise<void> {
    for (const event of ['insert', 'update', 'delete', 'truncate']) this.addSql(`drop trigger if exists "sales_line_month_${event}" on "sales_line";`);
    for (const fn of ['add', 'remove', 'move', 'clear']) this.addSql(`drop function if exists sales_month_${fn}();`);
    this.addSql(`drop table if exists "sales_month";`);
  }
}
