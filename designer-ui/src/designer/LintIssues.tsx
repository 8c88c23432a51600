import { Anchor, List, Modal, Text } from '@mantine/core';
import type Modeler from 'bpmn-js/lib/Modeler';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { elementTypeLabel } from '../processes/elementTypeLabel';
import { showLintIssuesEvent } from './lint-issues';
import { showElement } from './refusalMarkers';
import { translate } from './translate/translate';

interface Issue {
  id: string;
  actualElementId?: string;
  message: string;
  category: 'error' | 'warn' | 'info' | string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Registry = { get(id: string): any };

/** The lint issues as a list (from the button at the canvas's bottom): click one to select its element. */
export function LintIssues({ modeler }: { modeler: Modeler | null }) {
  const { t } = useTranslation();
  const [issues, setIssues] = useState<Issue[]>([]);
  const [opened, setOpened] = useState(false);

  useEffect(() => {
    if (!modeler) return;
    const eventBus = modeler.get('eventBus') as { on(e: string, fn: (e: { issues: Record<string, Issue[]> }) => void): void; off(e: string, fn: unknown): void };
    const completed = (e: { issues: Record<string, Issue[]> }) => setIssues(Object.values(e.issues).flat());
    const show = () => setOpened(true);
    eventBus.on('linting.completed', completed);
    eventBus.on(showLintIssuesEvent, show as never);
    return () => {
      eventBus.off('linting.completed', completed);
      eventBus.off(showLintIssuesEvent, show);
    };
  }, [modeler]);

  const registry = modeler?.get('elementRegistry') as Registry | undefined;
  const describe = (issue: Issue) => {
    const element = registry?.get(issue.actualElementId ?? issue.id);
    const bo = element?.businessObject;
    if (!bo) return t('designer.wholeModel');
    const type = elementTypeLabel(String(bo.$type));
    return bo.name ? `${type} “${bo.name}”` : type;
  };
  const sorted = [...issues].sort((a, b) => Number(b.category === 'error') - Number(a.category === 'error'));

  return (
    <Modal opened={opened} onClose={() => setOpened(false)} title={t('designer.lintIssues.title')} size="lg" data-testid="lint-issues">
      {sorted.length === 0 ? <Text c="dimmed">{t('designer.lintIssues.none')}</Text> : null}
      <List size="sm" spacing={4}>
        {sorted.map((issue, i) => (
          <List.Item key={`${issue.id}-${i}`} data-testid={`lint-issue-${issue.actualElementId ?? issue.id}`}>
            <Text span size="sm" fw={600} c={issue.category === 'error' ? 'red.7' : 'yellow.8'}>
              {issue.category === 'error' ? t('designer.lintIssues.error') : t('designer.lintIssues.warning')}
            </Text>{' '}
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => {
                if (modeler && showElement(modeler, issue.actualElementId ?? issue.id)) setOpened(false);
              }}
            >
              {describe(issue)}
            </Anchor>
            <Text span size="sm">
              {': '}
              {translate(issue.message)}
            </Text>
          </List.Item>
        ))}
      </List>
    </Modal>
  );
}
