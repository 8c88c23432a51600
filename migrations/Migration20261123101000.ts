import { Migration } from '@mikro-orm/migrations';

/**
 * A deal lost inside its process (a task answered "lost" with a reason) keeps that reason: the
 * instance's `lostReason` variable fills the deal's lost reason when nobody typed one.
 */
export class Migration20261123101000 extends Migration {

  override name = 'Migration20261123101000';

  override up(): void | Promise<void> {
    this.addSql(`create or replace function deal_follows_instance() returns trigger language plpgsql as $$
      declare
        outcome text := case when new.status = 'completed' and lower(new.stage) = 'won' then 'won'
                             when new.status in ('completed', 'terminated') and lower(new.stage) = 'lost' then 'lost' end;
      begin
        if new.record_type = 'deal' and new.record_id ~ '^[0-9]+$' then
          update "deal" d set
            "stage" = coalesce(new.stage, d.stage),
            "status" = coalesce(outcome, d.status),
            "closed_at" = case when outcome is not null then coalesce(d.closed_at, new.ended_at, now()) else d.closed_at end,
            "lost_reason" = case when outcome = 'lost' then coalesce(d.lost_reason, left(new.variables->>'lostReason', 300)) else d.lost_reason end
          where d.id = new.record_id::int and d.workflow_id = new.workflow_id;
        end if;
        return new;
      end $$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create or replace function deal_follows_instance() returns trigger language plpgsql as $$
      begin
        if new.record_type = 'deal' and new.record_id ~ '^[0-9]+$' then
          update "deal" d set
            "stage" = coalesce(new.stage, d.stage),
            "status" = case when new.status = 'completed' and lower(new.stage) = 'won' then 'won'
                            when new.status in ('completed', 'terminated') and lower(new.stage) = 'lost' then 'lost'
                            else d.status end,
            "closed_at" = case when new.status in ('completed', 'terminated') and lower(new.stage) in ('won', 'lost') then coalesce(d.closed_at, new.ended_at, now()) else d.closed_at end
          where d.id = new.record_id::int and d.workflow_id = new.workflow_id;
        end if;
        return new;
      end $$;`);
  }
}
