import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import { recalculateAbcXyz, type Recalculation } from './reportsApi';
import { thresholdProblem, type Thresholds } from './thresholds';

interface Props {
  period: { from: string; to: string };
  measure: 'revenue' | 'margin';
  thresholds: Thresholds;
}

/** Stores every client's class for the period and limits shown (history and current class, which the client list filters on). */
export function RecalculateButton({ period, measure, thresholds }: Props) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Recalculation | null>(null);
  const [error, setError] = useState<unknown>(null);
  const count = new Intl.NumberFormat(i18n.language);
  const run = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await recalculateAbcXyz({ ...period, measure, ...thresholds }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Group gap="sm">
      <Button onClick={() => void run()} loading={busy} disabled={!period.from || !period.to || thresholdProblem(thresholds) !== null} data-testid="abc-recalculate">
        {t('analytics.abc.recalculate')}
      </Button>
      {result && (
        <Text size="sm" c="teal.7" role="status" data-testid="abc-recalculated">
          {t('analytics.abc.recalculated', { classified: count.format(result.classified), cleared: count.format(result.cleared) })}
        </Text>
      )}
      {error !== null && (
        <Text size="sm" c="red" role="alert">
          {describeError(t, error)}
        </Text>
      )}
    </Group>
  );
}
