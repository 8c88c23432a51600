import { Migration } from '@mikro-orm/migrations';

/** Process definitions and versions, instances, tasks and the process event log. */
export class Migration20261123010000 extends Migration {

  override name = 'Migration20261123010000';

  override up(): void | Promise<void> {
    this.addSql(`create table "process_definition" ("key" varchar(64) not null, "name" varchar(300) not null, "active_version" int null, "latest_version" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("key"));`);

    this.addSql(`create table "process_event" ("id" bigserial primary key, "dedupe_key" varchar(300) not null, "workflow_id" varchar(200) not null, "definition_key" varchar(64) not null, "version_number" int not null, "type" text not null, "node_id" varchar(255) null, "node_type" varchar(60) null, "token_id" varchar(100) null, "task_id" varchar(100) null, "actor_id" int null, "data" jsonb null, "occurred_at" timestamptz not null, "recorded_at" timestamptz not null);`);
    this.addSql(`alter table "process_event" add constraint "process_event_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(`create index "process_event_workflow_id_index" on "process_event" ("workflow_id");`);
    this.addSql(`create index "process_event_definition_key_version_number_node_id_index" on "process_event" ("definition_key", "version_number", "node_id");`);
    this.addSql(`create index "process_event_occurred_at_index" on "process_event" ("occurred_at");`);

    this.addSql(`create table "process_instance" ("workflow_id" varchar(200) not null, "definition_key" varchar(64) not null, "version_number" int not null, "record_type" varchar(40) null, "record_id" varchar(100) null, "status" text not null default 'active', "current_nodes" jsonb not null, "stage" varchar(200) null, "variables" jsonb not null, "started_by" int null, "started_at" timestamptz not null, "ended_at" timestamptz null, "parent_workflow_id" varchar(200) null, "updated_at" timestamptz not null, primary key ("workflow_id"));`);
    this.addSql(`create index "process_instance_definition_key_index" on "process_instance" ("definition_key");`);
    this.addSql(`create index "process_instance_record_type_record_id_index" on "process_instance" ("record_type", "record_id");`);

    this.addSql(`create table "process_version" ("id" serial primary key, "definition_key" varchar(64) not null, "number" int not null, "name" varchar(300) not null, "bpmn_process_id" varchar(255) not null, "xml" text not null, "graph" jsonb not null, "warnings" jsonb not null, "checksum" varchar(64) not null, "deployed_by" int not null, "deployed_at" timestamptz not null);`);
    this.addSql(`create index "process_version_definition_key_index" on "process_version" ("definition_key");`);
    this.addSql(`alter table "process_version" add constraint "process_version_definition_key_number_unique" unique ("definition_key", "number");`);
    this.addSql(`alter table "process_version" add constraint "process_version_definition_key_checksum_unique" unique ("definition_key", "checksum");`);

    this.addSql(`create table "task" ("id" varchar(320) not null, "workflow_id" varchar(200) not null, "definition_key" varchar(64) not null, "version_number" int not null, "node_id" varchar(255) not null, "name" varchar(500) not null, "status" text not null default 'open', "assignee_id" int null, "candidate_users" jsonb not null, "candidate_groups" jsonb not null, "delegated_by" int null, "priority" int not null default 50, "due_at" timestamptz null, "follow_up_at" timestamptz null, "form" jsonb null, "input" jsonb not null, "result" jsonb null, "record_type" varchar(40) null, "record_id" varchar(100) null, "created_at" timestamptz not null, "claimed_at" timestamptz null, "completed_at" timestamptz null, "completed_by" int null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "task_workflow_id_index" on "task" ("workflow_id");`);
    this.addSql(`create index "task_assignee_id_index" on "task" ("assignee_id");`);
    this.addSql(`create index "task_status_due_at_index" on "task" ("status", "due_at");`);

    this.addSql(`alter table "process_event" add constraint "process_event_type_check" check ("type" in ('instance_started', 'instance_ended', 'instance_terminated', 'instance_cancelled', 'node_entered', 'node_left', 'task_created', 'task_claimed', 'task_unclaimed', 'task_delegated', 'task_completed', 'task_escalated', 'timer_fired', 'message_correlated', 'incident_raised', 'incident_resolved'));`);

    this.addSql(`alter table "process_instance" add constraint "process_instance_status_check" check ("status" in ('active', 'completed', 'terminated', 'cancelled', 'incident'));`);

    this.addSql(`alter table "task" add constraint "task_status_check" check ("status" in ('open', 'completed', 'cancelled'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "process_definition" cascade;`);
    this.addSql(`drop table if exists "process_event" cascade;`);
    this.addSql(`drop table if exists "process_instance" cascade;`);
    this.addSql(`drop table if exists "process_version" cascade;`);
    this.addSql(`drop table if exists "task" cascade;`);
  }

}
