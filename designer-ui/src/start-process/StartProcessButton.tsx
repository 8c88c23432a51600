import { Alert, Anchor, Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { newIdempotencyKey } from '../api/client';
import { describeError } from '../api/describeError';
import type { User } from '../api/types';
import { hasRole, monitorRoles } from '../monitoring/roles';
import { startableProcesses, startProcess, starterRoles, type StartableProcess, type StartedInstance } from './startApi';
import { rowValue, VariableRows, type VariableRow } from './VariableRows';

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
  // One key per opened dialog: a double click or a retry after a lost answer starts one instance.
  const [attempt] = useState(newIdempotencyKey);

  useEffect(() => {
    startableProcesses().then(setProcesses, setError);
  }, []);

  const submit = async () => {
    if (!key) return;
    setBusy(true);
    setError(null);
    try {
      const variables = Object.fromEntries(rows.filter((r) => r.name.trim()).map((r) => [r.name.trim(), rowValue(r)]));
      setStarted(await startProcess(key, record, variables, attempt));
    } catch (err) {
      setError(err);
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
              data={(processes ?? []).map((p) => ({ value: p.key, label: p.name ? `${p.name} (${p.key})` : p.key }))}
              value={key}
              onChange={setKey}
              searchable
              required
              disabled={!processes?.length}
              data-autofocus
              data-testid="start-process-key"
            />
            <VariableRows rows={rows} onChange={setRows} />
            {error !== null && (
              <Alert color="red" role="alert" data-testid="start-process-error">
                {describeError(t, error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('startProcess.cancel')}
              </Button>
              <Button type="submit" disabled={!key} loading={busy} data-testid="start-process-confirm">
                {t('startProcess.start')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
