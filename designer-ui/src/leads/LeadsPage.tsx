import { Alert, Anchor, Badge, Button, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../api/describeError';
import type { User } from '../api/types';
import { ExportXlsxButton } from '../export/ExportXlsxButton';
import { formatDate } from '../i18n/format';
import { leadName, leadsApi, leadStatuses, leadWriters, type Lead, type LeadStatus, type Qualified } from './api';
import { LeadForm } from './LeadForm';
import { QualifyDialog } from './QualifyDialog';
import { RejectDialog } from './RejectDialog';

/**
 * Leads: requests from the website form and ones taken by hand, waiting to be qualified into a
 * client and a deal, or rejected with a reason. A sales manager sees their own and unassigned ones.
 */
export function LeadsPage({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<LeadStatus>('new');
  const [leads, setLeads] = useState<Lead[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);
  const [qualifying, setQualifying] = useState<Lead | null>(null);
  const [rejecting, setRejecting] = useState<Lead | null>(null);
  const [qualified, setQualified] = useState<Qualified | null>(null);
  const mayWrite = user.roles.some((r) => leadWriters.includes(r));

  const load = useCallback(() => {
    leadsApi.list(status).then((page) => (setLeads(page.items), setError(null)), setError);
  }, [status]);
  useEffect(load, [load]);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('leads.title')}
        </Title>
        <Group gap="sm">
          <ExportXlsxButton path={`/leads?status=${status}`} testId="leads-export" />
          {mayWrite && (
            <Button onClick={() => setCreating(true)} data-testid="lead-new">
              {t('leads.new.action')}
            </Button>
          )}
        </Group>
      </Group>
      <SegmentedControl
        w="fit-content"
        data={leadStatuses.map((s) => ({ value: s, label: t(`leads.status.${s}`) }))}
        value={status}
        onChange={(v) => setStatus(v as LeadStatus)}
        aria-label={t('leads.fields.status')}
        data-testid="lead-status"
      />
      {qualified && (
        <Alert color="green" withCloseButton onClose={() => setQualified(null)} data-testid="lead-qualified">
          {t('leads.qualify.done')}{' '}
          <Anchor component={Link} to={`/deals/${qualified.deal.id}`}>
            {qualified.deal.title}
          </Anchor>
          {' · '}
          <Anchor component={Link} to={`/clients/${qualified.deal.counterpartyId}`}>
            {t('leads.openClient')}
          </Anchor>
        </Alert>
      )}
      {error !== null && <Alert color="red">{describeError(t, error)}</Alert>}
      {leads?.length === 0 && <Text c="dimmed">{t(`leads.empty.${status}`)}</Text>}
      {!!leads?.length && (
        <Table striped withTableBorder data-testid="lead-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('leads.fields.received')}</Table.Th>
              <Table.Th>{t('leads.fields.who')}</Table.Th>
              <Table.Th>{t('leads.fields.reach')}</Table.Th>
              <Table.Th>{t('leads.fields.interest')}</Table.Th>
              <Table.Th>{t('leads.fields.source')}</Table.Th>
              <Table.Th>{status === 'rejected' ? t('leads.fields.reason') : ''}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {leads.map((lead) => (
              <Table.Tr key={lead.id} data-testid="lead-row">
                <Table.Td>{formatDate(lead.createdAt, i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {leadName(lead)}
                  </Text>
                  {lead.companyName && lead.contactName && (
                    <Text size="xs" c="dimmed">
                      {lead.contactName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{[lead.phone, lead.email].filter(Boolean).join(', ')}</Table.Td>
                <Table.Td>{lead.interest ?? lead.message ?? ''}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge variant="light" color="gray">
                      {t(`leads.channel.${lead.channel}`, { defaultValue: lead.channel })}
                    </Badge>
                    {lead.source}
                  </Group>
                </Table.Td>
                <Table.Td>
                  {lead.status === 'new' && mayWrite && (
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button size="xs" onClick={() => setQualifying(lead)} data-testid={`lead-qualify-${lead.id}`}>
                        {t('leads.qualify.action')}
                      </Button>
                      <Button size="xs" variant="default" onClick={() => setRejecting(lead)} data-testid={`lead-reject-${lead.id}`}>
                        {t('leads.reject.action')}
                      </Button>
                    </Group>
                  )}
                  {lead.status === 'qualified' && lead.dealId && (
                    <Anchor component={Link} to={`/deals/${lead.dealId}`} size="sm">
                      {t('leads.openDeal')}
                    </Anchor>
                  )}
                  {lead.status === 'rejected' && lead.rejectedReason}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {creating && <LeadForm onClose={() => setCreating(false)} onSaved={() => (setCreating(false), setStatus('new'), load())} />}
      {qualifying && <QualifyDialog lead={qualifying} onClose={() => setQualifying(null)} onQualified={(result) => (setQualifying(null), setQualified(result), load())} />}
      {rejecting && <RejectDialog lead={rejecting} onClose={() => setRejecting(null)} onRejected={() => (setRejecting(null), load())} />}
    </Stack>
  );
}
