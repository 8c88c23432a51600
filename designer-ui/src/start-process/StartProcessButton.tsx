import { Alert, Anchor, Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, newIdempotencyKey } from '../api/client';
import { describeError, describeFieldError } from '../api/describeError';
import { TaskForm, type TaskFormHandle } from '../inbox/TaskForm';
import { processOption } from '../processes/processName';
import type { User } from '../api/types';
import { hasRole, monitorRoles } from '../monitoring/roles';
import { startableProcesses, startFormOf, startProcess, starterRoles, type StartableProcess, type StartedInstance } from './startApi';
import { rowValue, VariableRows, type VariableRow } from './VariableRows';

// One empty object for the form's data, so the form is not rebuilt on every render.
const noData = {};

interface Props {
  user: User;
  record: { type: 'client' | 'deal'; id: string };
}

/** "Start process" on a client card or a deal page; hidden from roles that may not start one. */
export function StartProcessButton({ user, record }: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  if (!hasRole(user, starterRoles)) return null;
  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)} data-testid="start-process">
        {t('startProcess.button')}
      </Button>
      {opened && <StartProcessDialog user={user} record={record} onClose={() => setOpened(false)} />}
    </>
  );
}

function StartProcessDialog({ user, record, onClose }: Props & { onClose: () => void }) {
  const { t } = useTranslation();
  const [processes, setProcesses] = useState<StartableProcess[] | null>(null);
  const [key, setKey] = useState<string | null>(null);
  const [rows, setRows] = useState<VariableRow[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [started, setStarted] = useState<StartedInstance | null>(null);
  // The chosen process's start form (undefined while it loads); null: typed variable rows instead.
  const [schema, setSchema] = useState<Record<string, unknown> | null | undefined>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const form = useRef<TaskFormHandle>(null);
  // One key per opened dialog: a double click or a retry after a lost answer starts one instance.
  const [attempt] = useState(newIdempotencyKey);

  useEffect(() => {
    startableProcesses().then(setProcesses, setError);
  }, []);
  useEffect(() => {
    if (!key) return setSchema(null);
    setSchema(undefined);
    startFormOf(key).then((f) => setSchema(f.schema), () => setSchema(null));
  }, [key]);

  // The server's field errors go on the fields: into the form, or under the typed rows they name.
  const showErrors = (err: unknown) => {
    const fields = err instanceof ApiError ? err.errors.filter((e) => e.field.startsWith('body.variables.')) : [];
    if (!fields.length) return setError(err);
    const byKey = Object.fromEntries(fields.map((e) => [e.field.slice('body.variables.'.length), describeFieldError(t, e)]));
    form.current?.showErrors(byKey);
    setFieldErrors(byKey);
    setError(new Error(t('task.fixFields')));
  };

  const submit = async () => {
    if (!key || schema === undefined) return;
    const filled = schema ? form.current?.submit() : Object.fromEntries(rows.filter((r) => r.name.trim()).map((r) => [r.name.trim(), rowValue(r)]));
    if (!filled) return;
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      setStarted(await startProcess(key, record, filled, attempt));
    } catch (err) {
      showErrors(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('startProcess.title')} size="lg">
      {started ? (
        <Stack data-testid="start-process-done">
          <Alert color="green">{t('startProcess.started', { process: processes?.find((p) => p.key === started.key)?.name || started.key, version: started.version })}</Alert>
          <Group>
            {hasRole(user, monitorRoles) && (
              <Anchor component={Link} to={`/monitoring/instances/${encodeURIComponent(started.workflowId)}`} data-testid="start-process-instance">
                {t('startProcess.openInstance')}
              </Anchor>
            )}
            <Anchor component={Link} to="/inbox" data-testid="start-process-inbox">
              {t('startProcess.openInbox')}
            </Anchor>
          </Group>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('startProcess.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack>
            <Select
              label={t('startProcess.process')}
              placeholder={processes && !processes.length ? t('startProcess.none') : undefined}
              data={(processes ?? []).map((p) => processOption(t, p))}
              value={key}
              onChange={setKey}
              searchable
              required
              disabled={!processes?.length}
              data-autofocus
              data-testid="start-process-key"
            />
            {schema ? <TaskForm ref={form} schema={schema} data={noData} readOnly={false} /> : <VariableRows rows={rows} onChange={setRows} errors={fieldErrors} />}
            {error !== null && (
              <Alert color="red" role="alert" data-testid="start-process-error">
                {describeError(t, error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('startProcess.cancel')}
              </Button>
              <Button type="submit" disabled={!key || schema === undefined} loading={busy} data-testid="start-process-confirm">
                {t('startProcess.start')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
