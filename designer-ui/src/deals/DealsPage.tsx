import { Alert, Button, Group, Loader, Modal, SegmentedControl, Select, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import { ExportXlsxButton } from '../export/ExportXlsxButton';
import { dealProcesses, type Deal } from './api';
import { DealBoard } from './DealBoard';
import { DealTable } from './DealTable';
import { useDeals, type MoveOutcome } from './useDeals';

/** Deals as a board by stage (drag to move where the process allows it) or as a table. */
export function DealsPage() {
  const { t } = useTranslation();
  const [processKey, setProcessKey] = useState<string>('sales-pipeline');
  const [view, setView] = useState<'board' | 'table'>('board');
  const { deals, stages, error, loading, move } = useDeals(processKey);
  const [outcome, setOutcome] = useState<MoveOutcome | null>(null);
  const [losing, setLosing] = useState<Deal | null>(null);
  const [reason, setReason] = useState('');

  const request = (deal: Deal, stage: string) => {
    if (stage.toLowerCase() === 'lost') return setLosing(deal);
    void move(deal, stage).then(setOutcome);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('deals.title')}
        </Title>
        <Group>
          <Select
            aria-label={t('deals.process')}
            data={dealProcesses.map((key) => ({ value: key, label: t(`deals.processes.${key}`) }))}
            value={processKey}
            onChange={(v) => v && setProcessKey(v)}
            allowDeselect={false}
            data-testid="deal-process"
          />
          <SegmentedControl
            value={view}
            onChange={(v) => setView(v as 'board' | 'table')}
            data={[
              { value: 'board', label: t('deals.board') },
              { value: 'table', label: t('deals.table') },
            ]}
            data-testid="deal-view"
          />
          <ExportXlsxButton path={`/deals?${new URLSearchParams({ processKey })}`} testId="deals-export" />
        </Group>
      </Group>
      {outcome?.kind === 'refused' && (
        <Alert color="red" title={t('deals.refused', { title: outcome.deal.title, stage: outcome.stage })} withCloseButton onClose={() => setOutcome(null)} data-testid="move-refused">
          {outcome.message}
        </Alert>
      )}
      {error ? <Alert color="red">{describeError(t, error)}</Alert> : null}
      {loading ? <Loader /> : view === 'board' ? <DealBoard deals={deals} stages={stages} onMove={request} /> : <DealTable deals={deals} />}
      <Modal opened={losing !== null} onClose={() => setLosing(null)} title={t('deals.lostTitle', { title: losing?.title ?? '' })}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const deal = losing!;
            setLosing(null);
            void move(deal, 'Lost', reason.trim()).then(setOutcome);
            setReason('');
          }}
        >
          <TextInput label={t('deals.lostReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required data-autofocus data-testid="lost-reason" />
          <Button type="submit" mt="md" color="red">
            {t('deals.markLost')}
          </Button>
        </form>
      </Modal>
    </Stack>
  );
}
