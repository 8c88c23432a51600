import { Alert, Anchor, Badge, Button, Card, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { describeError, describeFieldError } from '../api/describeError';
import type { User } from '../api/types';
import { formatDate } from '../i18n/format';
import { useLiveEvent } from '../live/useLiveEvent';
import { processName } from '../processes/processName';
import { claimTask, completeTask, delegateTask, getTask, listProcesses, unclaimTask, type Task } from './api';
import { DelegateDialog } from './DelegateDialog';
import { PriorityBadge } from './InboxList';
import { ProcessDiagram } from './ProcessDiagram';
import { TaskForm, type TaskFormHandle } from './TaskForm';
import { TaskLinks } from './TaskLinks';

const emptyForm = { components: [] };

/** One task: its form, what it is about, where it sits in its process, and what can be done with it. */
export function TaskPage({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const taskId = useParams()['*'] ?? '';
  const navigate = useNavigate();
  const [task, setTask] = useState<Task | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [delegating, setDelegating] = useState(false);
  const [definitionName, setDefinitionName] = useState<string | null>(null);
  const form = useRef<TaskFormHandle>(null);

  // Every answer that sets the task takes a number; a reload answering after a newer one
  // (e.g. the live hint of my own hand-back arriving after I claimed again) is dropped.
  const latest = useRef(0);
  const show = useCallback((answer: Promise<Task>) => {
    const mine = ++latest.current;
    return answer.then((t) => mine === latest.current && setTask(t));
  }, []);
  const load = useCallback(() => show(getTask(taskId)).catch(setError), [show, taskId]);
  useEffect(() => void load(), [load]);
  const definitionKey = task?.definitionKey;
  useEffect(() => {
    if (!definitionKey) return;
    // The diagram is titled with the process's name; without it (no answer) the key still says which.
    listProcesses().then((r) => setDefinitionName(r.items.find((p) => p.key === definitionKey)?.name ?? null), () => setDefinitionName(null));
  }, [definitionKey]);
  // Someone else claiming or the process closing the task shows here at once.
  useLiveEvent<{ taskId: string }>('inbox.changed', (change) => change.taskId === taskId && void load());

  const run = async (name: string, action: () => Promise<unknown>) => {
    setBusy(name);
    setActionError(null);
    try {
      await action();
      return true;
    } catch (err) {
      setActionError(describeError(t, err));
      return false;
    } finally {
      setBusy(null);
    }
  };

  if (error) return <Alert color="red" data-testid="task-error">{describeError(t, error)}</Alert>;
  if (!task) return <Loader />;

  const open = task.status === 'open';
  // Candidate groups are role codes (sales_manager): say them as the roles are called.
  const groups = task.candidateGroups.map((code) => t(`roleNames.${code}`, { defaultValue: code })).join(', ');
  const mine = task.assigneeId === user.id;
  const complete = async () => {
    const variables = form.current?.submit();
    if (!variables) return;
    setBusy('complete');
    setActionError(null);
    try {
      await completeTask(task.id, variables);
      void navigate('/inbox');
    } catch (err) {
      showServerErrors(err);
    } finally {
      setBusy(null);
    }
  };
  const showServerErrors = (err: unknown) => {
    const fields = err instanceof ApiError ? err.errors.filter((e) => e.field.startsWith('body.variables.')) : [];
    if (!fields.length) return setActionError(describeError(t, err));
    form.current?.showErrors(Object.fromEntries(fields.map((e) => [e.field.slice('body.variables.'.length), describeFieldError(t, e)])));
    setActionError(t('task.fixFields'));
  };

  return (
    <Stack gap="md" maw={1300}>
      <Anchor component={Link} to="/inbox" size="sm">
        ← {t('inbox.title')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} size="h2" data-testid="task-title">
            {task.name}
          </Title>
          <Group gap="xs">
            <Badge variant="light" color={open ? 'blue' : 'gray'} data-testid="task-status">
              {t(`task.status.${task.status}`)}
            </Badge>
            <PriorityBadge priority={task.priority} />
            <Text size="sm" c="dimmed">
              {task.dueAt ? t('task.dueAt', { when: formatDate(task.dueAt, i18n.language, { dateStyle: 'medium', timeStyle: 'short' }) }) : t('inbox.noDue')}
            </Text>
            <Text size="sm" c="dimmed" data-testid="task-assignee">
              {task.assigneeId === null ? t('task.unassigned', { groups }) : mine ? t('task.assignedToMe') : t('task.assignedToOther')}
            </Text>
          </Group>
        </Stack>
        {open && (
          <Group gap="xs">
            {task.assigneeId === null && (
              <Button variant="light" loading={busy === 'claim'} onClick={() => void run('claim', () => show(claimTask(task.id)))} data-testid="task-claim">
                {t('task.claim')}
              </Button>
            )}
            {mine && (
              <Button variant="default" loading={busy === 'unclaim'} onClick={() => void run('unclaim', () => show(unclaimTask(task.id)))} data-testid="task-unclaim">
                {t('task.unclaim')}
              </Button>
            )}
            {mine && (
              <Button variant="default" onClick={() => setDelegating(true)} data-testid="task-delegate">
                {t('task.delegate')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {actionError && (
        <Alert color="red" data-testid="task-action-error">
          {actionError}
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder padding="lg">
            <TaskForm ref={form} schema={task.form ?? emptyForm} data={task.input} readOnly={!open || (!mine && task.assigneeId !== null)} />
            {!task.form && <Text c="dimmed">{t('task.noForm')}</Text>}
            {open && (mine || task.assigneeId === null) && (
              <Group justify="flex-end" mt="md">
                <Button loading={busy === 'complete'} onClick={() => void complete()} data-testid="task-complete">
                  {t('task.complete')}
                </Button>
              </Group>
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <TaskLinks task={task} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Card withBorder padding="sm">
            <Text fw={600} mb="xs" data-testid="task-process">
              {t('task.process', { name: processName(t, task.definitionKey, definitionName), version: task.versionNumber })}
            </Text>
            <ProcessDiagram processKey={task.definitionKey} version={task.versionNumber} nodeId={task.nodeId} />
          </Card>
        </Grid.Col>
      </Grid>
      <DelegateDialog
        opened={delegating}
        onClose={() => setDelegating(false)}
        onPick={async (userId) => {
          if (await run('delegate', () => show(delegateTask(task.id, userId)))) setDelegating(false);
        }}
      />
    </Stack>
  );
}
