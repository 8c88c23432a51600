import { Alert, Badge, Button, Group, Stack, Title } from '@mantine/core';
import type NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { describeError } from '../api/describeError';
import { useDiagram } from '../designer/useModeler';
import { DiagramFrame, fullHeight } from './DiagramFrame';
import { versionXml } from './processesApi';
import { useProcess } from './useProcess';

/** One deployed version, read-only: look at it, make it active, or start a new version from it. */
export function ProcessVersionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams<{ key: string; number: string }>();
  const key = params.key!;
  const number = Number(params.number);
  const { process, error, makeActive } = useProcess(key);
  const [xml, setXml] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const { canvasRef, error: importError } = useDiagram<NavigatedViewer>(xml, true);
  const version = process?.versions.find((v) => v.number === number);
  const base = `/processes/${encodeURIComponent(key)}`;

  useEffect(() => {
    versionXml(key, number).then(setXml, setLoadError);
  }, [key, number]);

  return (
    <Stack gap="sm" h={fullHeight}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm">
          <Title order={1} size="h3">
            {t('versions.viewTitle', { key, number })}
          </Title>
          <Badge color="gray" variant="outline">
            {t('versions.readOnly')}
          </Badge>
          {version?.active ? (
            <Badge color="green" variant="light" data-testid="version-active">
              {t('versions.active')}
            </Badge>
          ) : null}
        </Group>
        <Group gap="xs">
          <Button variant="default" component={Link} to={`${base}/versions`}>
            {t('versions.back')}
          </Button>
          <Button variant="default" disabled={!xml} onClick={() => void navigate(base, { state: { xml, basedOn: number } })} data-testid="edit-from-version">
            {t('versions.editFrom')}
          </Button>
          {version && !version.active ? (
            <Button onClick={() => void makeActive(number)} data-testid="make-active">
              {t('versions.makeActive')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {error || loadError ? <Alert color="red">{describeError(t, error ?? loadError)}</Alert> : null}
      {importError ? <Alert color="red">{importError}</Alert> : null}
      <DiagramFrame canvasRef={canvasRef} />
    </Stack>
  );
}
