import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { ApplicationFailure, Context } from '@temporalio/activity';
import { processAccess } from '../domain/access/index.ts';
import { DomainError } from '../domain/errors.ts';
import { ProcessInstanceSchema } from '../domain/processes/index.ts';
import type { Connector } from './connectors.ts';
import { recordUpdaters, updaterFor, type RecordUpdater } from './record-updates.ts';

interface Problem {
  field: string;
  message: string;
}

/** A bad model or bad data: the same on every retry, so an incident at once, naming the fields. */
function refused(what: string, type: string, problems: Problem[]): ApplicationFailure {
  const list = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return ApplicationFailure.create({ type, message: `Cannot update ${what}: ${list}`, details: problems, nonRetryable: true });
}

/**
 * Task type `update-record`: sets fields of a business record as the process (history shows the
 * instance as the author). The record is the instance's own (`deal`, `client`) unless the header
 * `recordType` (`deal`, `client`; `process` = the instance's) and the header or input `recordId`
 * name another. Input `fields` is a map of field
 * to value (a FEEL context, or one input mapping per `fields.<name>`); only the fields of
 * record-updates.ts may be set. The version is read here and checked on write: a concurrent edit
 * fails the attempt, and the retry applies the fields to the fresh record. Setting values the
 * record already has changes nothing, so a retried step writes no second history entry.
 * Output `outputVariable` (default `updatedRecord`): `{type, id, version}`.
 */
export function createUpdateRecordConnector({ orm }: { orm: MikroORM }): Connector {
  return async ({ headers, input }) => {
    const workflowId = Context.current().info.workflowExecution!.workflowId;
    const em = orm.em.fork();
    const { updater, type, id } = await targetOf(em, workflowId, headers, input);
    const what = `${type} ${id}`;
    const patch = checkedFields(updater, input.fields, what);
    const expected = await updater.version(em, id);
    if (expected === null) throw refused(what, 'record.not_found', [{ field: 'recordId', message: `there is no ${type} ${id}` }]);
    try {
      const saved = await updater.update(em, processAccess(workflowId), id, patch, expected);
      return { [headers.outputVariable ?? 'updatedRecord']: { type, id: saved.id, version: saved.version } };
    } catch (err) {
      // Someone saved the record between our read and our write: the retry re-reads it.
      if (err instanceof OptimisticLockError) throw new Error(`${what} was changed meanwhile; retrying`, { cause: err });
      if (err instanceof DomainError) {
        if (err.code === 'conflict.stale_version') throw new Error(`${what}: ${err.message}`, { cause: err });
        const fields = err.fields.length ? err.fields : [{ field: 'recordId', message: err.message }];
        throw refused(what, err.code, fields.map((f) => ({ field: f.field === 'recordId' ? f.field : `fields.${f.field}`, message: f.message })));
      }
      throw err;
    }
  };
}

/** The record the step changes: named by headers/input, else the instance's own. */
async function targetOf(em: EntityManager, workflowId: string, headers: Record<string, string>, input: Record<string, unknown>) {
  const instance = await em.findOne(ProcessInstanceSchema, { workflowId }, { fields: ['recordType', 'recordId'] });
  // "process" (the template's default) and no header both mean the instance's own record.
  const named = headers.recordType && headers.recordType !== 'process' ? headers.recordType : undefined;
  const type = named ?? instance?.recordType ?? null;
  if (!type) throw refused('the record', 'connector.config', [{ field: 'recordType', message: 'the instance has no business record; name one with the recordType header and recordId' }]);
  const updater = updaterFor(type);
  if (!updater) {
    const known = Object.values(recordUpdaters).flatMap((u) => u.names).join(', ');
    throw refused(`a ${type}`, 'connector.config', [{ field: 'recordType', message: `records of type "${type}" cannot be updated by a process (known: ${known})` }]);
  }
  const raw = input.recordId ?? headers.recordId ?? (instance?.recordType && updater.names.includes(instance.recordType) ? instance.recordId : undefined);
  const id = Number(raw);
  if (raw === undefined || raw === null || !Number.isInteger(id) || id <= 0) {
    throw refused(`a ${type}`, 'record.not_found', [{ field: 'recordId', message: raw === undefined ? `name the ${type} (recordId)` : `"${String(raw)}" is not a record id` }]);
  }
  return { updater, type, id };
}

/** The `fields` map, restricted to what a process may set and valid as the API would check it. */
function checkedFields(updater: RecordUpdater, fields: unknown, what: string): Record<string, unknown> {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields) || !Object.keys(fields).length) {
    throw refused(what, 'connector.config', [{ field: 'fields', message: 'give the fields to set as a map, e.g. ={amount: 150000}' }]);
  }
  const unknown = Object.keys(fields).filter((f) => !updater.fields.includes(f));
  if (unknown.length) {
    throw refused(what, 'record.unknown_field', unknown.map((f) => ({ field: `fields.${f}`, message: `not a field a process may set (allowed: ${updater.fields.join(', ')})` })));
  }
  const parsed = updater.patch.safeParse(fields);
  if (!parsed.success) {
    throw refused(what, 'record.invalid_field', parsed.error.issues.map((i) => ({ field: ['fields', ...i.path.map(String)].join('.'), message: i.message })));
  }
  return parsed.data as Record<string, unknown>;
}
