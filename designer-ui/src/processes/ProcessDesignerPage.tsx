import { Alert, Badge, Button, Group, Stack, TextInput, Title } from '@mantine/core';
import type Modeler from 'bpmn-js/lib/Modeler';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { describeError } from '../api/describeError';
import { newDiagram } from '../designer/newDiagram';
import { clearRefused, markRefused, showElement } from '../designer/refusalMarkers';
import { LintIssues } from '../designer/LintIssues';
import { TaskFormEditor } from '../designer/TaskFormEditor';
import { TemplateChooser } from '../designer/TemplateChooser';
import { useDiagram } from '../designer/useModeler';
import { UnsavedChangesDialog } from '../designer/UnsavedChangesDialog';
import { useUnsavedWarning } from '../designer/useUnsavedWarning';
import { DeployOutcomeAlert } from './DeployOutcomeAlert';
import { DiagramFrame, fullHeight } from './DiagramFrame';
import { downloadXml } from './downloadXml';
import { deployProcess, getProcess, processKeyPattern, versionXml, type DeployOutcome } from './processesApi';

/** What other screens hand the designer: an imported file, an old version to edit, or the last deploy. */
interface DesignerState {
  xml?: string;
  key?: string;
  basedOn?: number;
  outcome?: DeployOutcome;
}

const randomId = () => Math.random().toString(36).slice(2, 9);

/** Draw a process and deploy it under its key: `/processes/new` or `/processes/:key` (latest version). */
export function ProcessDesignerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams<{ key: string }>();
  const state = (useLocation().state ?? {}) as DesignerState;
  const existing = params.key;
  const [key, setKey] = useState(existing ?? state.key ?? '');
  const [xml, setXml] = useState<string | null>(state.xml ?? (existing ? null : newDiagram(`Process_${randomId()}`, '')));
  const [basedOn, setBasedOn] = useState<number | null>(state.basedOn ?? null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<DeployOutcome | null>(state.outcome ?? null);
  const [failure, setFailure] = useState<unknown>(null);
  const [deploying, setDeploying] = useState(false);
  const { canvasRef, panelRef, diagram: modeler, error: importError, loaded } = useDiagram<Modeler>(xml, false);

  useEffect(() => {
    if (!existing || state.xml) return;
    getProcess(existing)
      .then(async (p) => {
        setBasedOn(p.latestVersion);
        setXml(await versionXml(existing, p.latestVersion));
      })
      .catch(setLoadError);
  }, [existing, state.xml]);

  const keyError = key && !processKeyPattern.test(key) ? t('designer.keyInvalid') : null;
  const leaving = useUnsavedWarning(modeler);

  const deploy = async () => {
    if (!modeler || !key || keyError) return;
    setDeploying(true);
    setFailure(null);
    try {
      const { xml: current } = await modeler.saveXML({ format: true });
      const result = await deployProcess(key, current!);
      if (result.kind === 'refused') markRefused(modeler, result.problems.map((p) => p.elementId));
      else {
        clearRefused(modeler);
        (modeler.get('eventBus') as { fire(e: string): void }).fire('crm.deployed');
      }
      setOutcome(result);
      if (result.kind !== 'refused' && !existing) void navigate(`/processes/${encodeURIComponent(key)}`, { replace: true, state: { outcome: result } });
      else if (result.kind !== 'refused') setBasedOn(result.version.number);
    } catch (err) {
      setFailure(err);
    } finally {
      setDeploying(false);
    }
  };

  const download = async () => {
    if (!modeler) return;
    const { xml: current } = await modeler.saveXML({ format: true });
    downloadXml(current!, key);
  };

  return (
    <Stack gap="sm" h={fullHeight}>
      <UnsavedChangesDialog blocker={leaving} />
      <Group justify="space-between" wrap="nowrap" align="flex-end">
        <Group gap="sm" align="flex-end" wrap="nowrap">
          <Title order={1} size="h3">
            {existing ? t('designer.titleExisting', { key: existing }) : t('designer.titleNew')}
          </Title>
          {!existing ? (
            <TextInput
              label={t('designer.key')}
              placeholder="lead-qualification"
              value={key}
              onChange={(e) => setKey(e.currentTarget.value.trim())}
              error={keyError}
              required
              w={260}
              data-testid="process-key"
            />
          ) : null}
          {basedOn ? (
            <Badge variant="light" color="gray" data-testid="based-on">
              {t('designer.basedOn', { number: basedOn })}
            </Badge>
          ) : null}
        </Group>
        <Group gap="xs" wrap="nowrap">
          {existing ? (
            <Button variant="default" component={Link} to={`/processes/${encodeURIComponent(existing)}/versions`} data-testid="open-versions">
              {t('processes.versions')}
            </Button>
          ) : null}
          <Button variant="default" onClick={() => void download()} disabled={!loaded}>
            {t('designer.download')}
          </Button>
          <Button onClick={() => void deploy()} loading={deploying} disabled={!loaded || !key || !!keyError || !!importError} data-testid="deploy">
            {t('designer.deploy')}
          </Button>
        </Group>
      </Group>
      {loadError ? <Alert color="red">{describeError(t, loadError)}</Alert> : null}
      {importError ? (
        <Alert color="red" title={t('designer.importFailed')}>
          {importError}
        </Alert>
      ) : null}
      {failure ? <Alert color="red">{describeError(t, failure)}</Alert> : null}
      {outcome ? (
        <DeployOutcomeAlert
          outcome={outcome}
          onShow={(p) => modeler && showElement(modeler, p.elementId)}
          onClose={() => {
            setOutcome(null);
            if (modeler) clearRefused(modeler);
          }}
        />
      ) : null}
      <DiagramFrame canvasRef={canvasRef} panelRef={panelRef} />
      <TemplateChooser modeler={modeler} />
      <TaskFormEditor modeler={modeler} />
      <LintIssues modeler={modeler} />
    </Stack>
  );
}
