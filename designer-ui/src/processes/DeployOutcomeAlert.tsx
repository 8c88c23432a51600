import { Alert, Anchor, List, ScrollArea, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { translate } from '../designer/translate/translate';
import { elementTypeLabel } from './elementTypeLabel';
import type { DeployOutcome, ModelProblem } from './processesApi';
import { readableValues } from './reasonValues';

/** What the deploy did: the new version, "no change", or every refused element (click to show it). */
export function DeployOutcomeAlert({ outcome, onShow, onClose }: { outcome: DeployOutcome; onShow: (p: ModelProblem) => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  // A reason with values comes with its code: said in the user's language with the values filled in;
  // fixed reasons go through the designer's dictionary, keyed by their English text.
  const reasonOf = (p: ModelProblem) => (p.reasonCode && i18n.exists(`designer.reasons.${p.reasonCode}`) ? t(`designer.reasons.${p.reasonCode}`, readableValues(t, p.values ?? {})) : translate(p.reason));
  if (outcome.kind === 'deployed') {
    return (
      <Alert color="green" withCloseButton onClose={onClose} title={t('designer.deployed', { number: outcome.version.number })} data-testid="deploy-success">
        {outcome.version.active ? t('designer.deployedActive') : t('designer.deployedInactive')}
      </Alert>
    );
  }
  if (outcome.kind === 'unchanged') {
    return (
      <Alert color="blue" withCloseButton onClose={onClose} title={t('designer.unchanged', { number: outcome.version.number })} data-testid="deploy-unchanged" />
    );
  }
  return (
    <Alert color="red" withCloseButton onClose={onClose} title={t('designer.refused', { count: outcome.problems.length })} data-testid="deploy-refused">
      <ScrollArea.Autosize mah={140}>
        <List size="sm" spacing={2}>
          {outcome.problems.map((p, i) => (
            <List.Item key={`${p.elementId}-${i}`}>
              {p.elementId ? (
                <>
                  <Anchor component="button" type="button" size="sm" fw={600} onClick={() => onShow(p)} data-testid={`refusal-item-${p.elementId}`}>
                    {p.name ? `${p.name} (${elementTypeLabel(p.elementType)})` : elementTypeLabel(p.elementType)}
                  </Anchor>
                  {/* Unnamed elements of one type differ only by id: it stays, quietly, beside the name. */}
                  <Text span size="xs" c="dimmed" ml={4}>
                    {p.elementId}
                  </Text>
                </>
              ) : (
                <Text span size="sm" fw={600}>
                  {t('designer.wholeModel')}
                </Text>
              )}
              <Text span size="sm">
                {': '}
                {reasonOf(p)}
              </Text>
            </List.Item>
          ))}
        </List>
      </ScrollArea.Autosize>
    </Alert>
  );
}
