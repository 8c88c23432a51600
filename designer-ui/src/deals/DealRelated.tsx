import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describeError';
import { formatDate, formatMoney } from '../i18n/format';
import type { Deal } from './api';
import { InvoiceForm } from './InvoiceForm';
import { awaitsPayment, invoicesApi } from './invoicesApi';
import { PaymentForm } from './PaymentForm';
import { dealRelated, type Invoice } from './related';

type Related = Awaited<ReturnType<typeof dealRelated>>;

interface Props {
  deal: Deal;
  /** The client's name, offered as the invoice's buyer. */
  buyerName: string;
  canWrite: boolean;
}

/** The deal's process (status, open tasks), its generated documents, invoices and their payments; invoicing and payments for sales staff. */
export function DealRelated({ deal, buyerName, canWrite }: Props) {
  const { t, i18n } = useTranslation();
  const [related, setRelated] = useState<Related | null>(null);
  const [dialog, setDialog] = useState<'invoice' | Invoice | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const load = useCallback(() => {
    dealRelated(deal.id, deal.workflowId)
      .then(setRelated)
      .catch(() => setRelated({ process: null, documents: [], invoices: [] }));
  }, [deal.id, deal.workflowId]);
  useEffect(load, [load]);
  const issue = (invoice: Invoice) => {
    setActionError(null);
    invoicesApi.issue(invoice).then(load, setActionError);
  };
  const saved = () => (setDialog(null), load());
  if (!related) return null;
  const date = (iso: string) => formatDate(iso, i18n.language);
  const none = <Text c="dimmed" size="sm">{t('deals.related.none')}</Text>;

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Card withBorder data-testid="deal-process">
        <Title order={2} size="h5" mb="xs">
          {t('deals.related.process')}
        </Title>
        {related.process ? (
          <Stack gap={6}>
            <Group gap="xs">
              <Badge variant="light">{t(`deals.related.processStatus.${related.process.status}`, { defaultValue: related.process.status })}</Badge>
              {!!related.process.incidents?.length && <Badge color="red">{t('deals.related.incidents', { count: related.process.incidents.length })}</Badge>}
            </Group>
            {related.process.openTasks.length === 0 && none}
            {related.process.openTasks.map((task) => (
              <Group key={task.id} justify="space-between" data-testid="deal-task">
                <Text size="sm">{task.name}</Text>
                <Text size="xs" c="dimmed">
                  {task.dueAt ? t('deals.related.due', { date: date(task.dueAt) }) : ''}
                </Text>
              </Group>
            ))}
          </Stack>
        ) : (
          none
        )}
      </Card>
      <Card withBorder data-testid="deal-documents">
        <Title order={2} size="h5" mb="xs">
          {t('deals.related.documents')}
        </Title>
        {related.documents.length === 0
          ? none
          : related.documents.map((d) => (
              <Group key={d.id} justify="space-between" data-testid="deal-document">
                <Text size="sm">
                  {t(`deals.related.docType.${d.docType}`, { defaultValue: d.docType })} {d.number} · {date(d.createdAt)}
                </Text>
                <Group gap="xs">
                  <Anchor href={d.downloads.docx} size="sm">
                    DOCX
                  </Anchor>
                  <Anchor href={d.downloads.pdf} size="sm">
                    PDF
                  </Anchor>
                </Group>
              </Group>
            ))}
      </Card>
      <Card withBorder data-testid="deal-invoices" style={{ gridColumn: '1 / -1' }}>
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h5">
            {t('deals.related.invoices')}
          </Title>
          {canWrite && (
            <Button size="compact-sm" variant="light" onClick={() => setDialog('invoice')} data-testid="deal-invoice-new">
              {t('deals.invoice.new')}
            </Button>
          )}
        </Group>
        {actionError !== null && (
          <Text size="sm" c="red" role="alert">
            {describeError(t, actionError)}
          </Text>
        )}
        {related.invoices.length === 0 ? (
          none
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('deals.related.number')}</Table.Th>
                <Table.Th>{t('deals.related.invoiceStatus')}</Table.Th>
                <Table.Th>{t('deals.related.dueDate')}</Table.Th>
                <Table.Th ta="right">{t('deals.related.total')}</Table.Th>
                <Table.Th ta="right">{t('deals.related.paid')}</Table.Th>
                <Table.Th>{t('deals.related.payments')}</Table.Th>
                {canWrite && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {related.invoices.map(({ invoice: inv, payments }) => (
                <Table.Tr key={inv.id} data-testid="deal-invoice">
                  <Table.Td>
                    {inv.number ?? t('deals.related.draft')}
                    {/* The Sales process's "Issue the invoice" task asks for this id beside the number. */}
                    <Text size="xs" c="dimmed" data-testid="invoice-id">
                      {t('deals.invoice.id', { id: inv.id })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={inv.status === 'paid' ? 'green' : inv.status === 'overdue' ? 'red' : 'blue'}>
                      {t(`deals.related.invoiceStatuses.${inv.status}`, { defaultValue: inv.status })}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{inv.dueDate ? date(inv.dueDate) : '—'}</Table.Td>
                  <Table.Td ta="right">{formatMoney(inv.total, inv.currency, i18n.language)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(inv.paidTotal, inv.currency, i18n.language)}</Table.Td>
                  <Table.Td>
                    {payments.map((p) => (
                      <Text key={p.id} size="xs" data-testid="deal-payment">
                        {date(p.paidOn)}: {formatMoney(p.amount, p.currency, i18n.language)}
                      </Text>
                    ))}
                  </Table.Td>
                  {canWrite && (
                    <Table.Td ta="right">
                      {inv.status === 'draft' && (
                        <Button size="compact-xs" variant="light" onClick={() => issue(inv)} data-testid={`invoice-issue-${inv.id}`}>
                          {t('deals.invoice.issue')}
                        </Button>
                      )}
                      {awaitsPayment(inv) && (
                        <Button size="compact-xs" variant="light" onClick={() => setDialog(inv)} data-testid={`invoice-pay-${inv.id}`}>
                          {t('deals.payment.record')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      {dialog === 'invoice' && <InvoiceForm deal={deal} buyerName={buyerName} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog !== null && dialog !== 'invoice' && <PaymentForm invoice={dialog} onClose={() => setDialog(null)} onSaved={saved} />}
    </SimpleGrid>
  );
}
