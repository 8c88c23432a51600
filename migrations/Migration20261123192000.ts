import { Migration } from '@mikro-orm/migrations';

/**
 * A field change made by a process step ("update record") names the process instance instead
 * of a person: `actor_id` stays null and `workflow_id` says which instance changed the field.
 */
export class Migration20261123192000 extends Migration {
  override name = 'Migration20261123192000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "record_change" add column "workflow_id" varchar(200) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "record_change" drop column "workflow_id";`);
  }
}
