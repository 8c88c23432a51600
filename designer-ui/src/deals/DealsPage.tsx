import { Alert, Button, Group, Loader, Modal, SegmentedControl, Select, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { User } from '../api/types';
import { describeError } from '../api/describeError';
import { ExportXlsxButton } from '../export/ExportXlsxButton';
import { canWriteSales } from '../sales/roles';
import { ClientPicker } from '../pickers/ClientPicker';
import { UserPicker } from '../users/UserPicker';
import { dealProcesses, dealsExportPath, type Deal } from './api';
import { DealBoard } from './DealBoard';
import { DealForm } from './DealForm';
import { DealTable } from './DealTable';
import { refusalText } from './refusalText';
import { useDealTable } from './useDealTable';
import { useDeals, type MoveOutcome } from './useDeals';
import { stageName } from './stageName';

/** Deals as a board by stage (drag to move where the process allows it) or as a table, filtered on the server. */
export function DealsPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [processKey, setProcessKey] = useState<string>('sales-pipeline');
  const [responsibleId, setResponsibleId] = useState<number | undefined>();
  const [counterpartyId, setCounterpartyId] = useState<number | undefined>();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const filter = useMemo(() => ({ processKey, responsibleId, counterpartyId, search: debouncedSearch }), [processKey, responsibleId, counterpartyId, debouncedSearch]);
  const [view, setView] = useState<'board' | 'table'>('board');
  const { columns, stages, error, loading, move, showMore } = useDeals(filter);
  const table = useDealTable(filter, view === 'table');
  const [outcome, setOutcome] = useState<MoveOutcome | null>(null);
  const [losing, setLosing] = useState<Deal | null>(null);
  const [reason, setReason] = useState('');

  const request = (deal: Deal, stage: string) => {
    if (stage.toLowerCase() === 'lost') return setLosing(deal);
    void move(deal, stage).then(setOutcome);
  };
  const shownError = view === 'board' ? error : table.error;

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
          <ExportXlsxButton path={dealsExportPath(filter)} testId="deals-export" />
          {canWriteSales(user.roles) && (
            <Button onClick={() => setCreating(true)} data-testid="deal-new">
              {t('deals.form.new')}
            </Button>
          )}
        </Group>
      </Group>
      <Group align="flex-end" gap="sm" data-testid="deal-filters">
        <TextInput label={t('deals.search')} placeholder={t('deals.searchHint')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={240} data-testid="deal-search" />
        <UserPicker label={t('deals.manager')} value={responsibleId} onChange={setResponsibleId} data-testid="deal-manager" />
        <ClientPicker label={t('deals.client')} placeholder={t('deals.anyClient')} value={counterpartyId} onChange={(id) => setCounterpartyId(id ?? undefined)} clearable w={240} data-testid="deal-client" />
      </Group>
      {creating && <DealForm userId={user.id} onClose={() => setCreating(false)} onSaved={(deal) => void navigate(`/deals/${deal.id}`)} />}
      {outcome?.kind === 'refused' && (
        <Alert color="red" title={t('deals.refused', { title: outcome.deal.title, stage: stageName(t, outcome.stage) })} withCloseButton onClose={() => setOutcome(null)} data-testid="move-refused">
          {refusalText(t, outcome.error)}
        </Alert>
      )}
      {shownError ? <Alert color="red">{describeError(t, shownError)}</Alert> : null}
      {view === 'table' ? (
        <DealTable deals={table.deals} hasMore={table.hasMore} loading={table.loading} onShowMore={() => void table.showMore()} />
      ) : loading ? (
        <Loader />
      ) : (
        <DealBoard columns={columns} stages={stages} onMove={request} onShowMore={showMore} />
      )}
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
