import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { catalogueApi, type Contract, type SalesDocument } from './api';
import { daysUntil, formatDay } from './dates';
import { unsqueezed } from './styles';
import type { SalesRefs } from './useSalesRefs';

interface Props {
  contracts: Contract[];
  refs?: SalesRefs;
  canWrite: boolean;
  onEdit: (c: Contract) => void;
}

/** Days left until the contract ends: red once ended, orange within its reminder period. */
export function ExpiryBadge({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const days = daysUntil(contract.validTo);
  if (days === null) return <Badge variant="light" color="gray">{t('sales.contracts.openEnded')}</Badge>;
  const text = days < 0 ? t('sales.contracts.ended', { count: -days }) : days === 0 ? t('sales.contracts.endsToday') : t('sales.contracts.daysLeft', { count: days });
  const color = days < 0 ? 'red' : days <= contract.remindDaysBefore ? 'orange' : 'green';
  return (
    <Badge variant="light" color={color} style={unsqueezed} data-testid="contract-days-left">
      {text}
    </Badge>
  );
}

/** The generated contract documents linked to contracts, fetched once per list. */
function useDocuments(ids: number[]): Map<number, SalesDocument> {
  const [docs, setDocs] = useState<Map<number, SalesDocument>>(new Map());
  const key = [...new Set(ids)].join(',');
  useEffect(() => {
    const list = key ? key.split(',').map(Number) : [];
    void Promise.all(list.map((id) => catalogueApi.document(id).catch(() => null))).then((found) => setDocs(new Map(found.filter((d) => d !== null).map((d) => [d.id, d]))));
  }, [key]);
  return docs;
}

/** Contracts with their validity, days to expiry and the generated document they came from. */
export function ContractTable({ contracts, refs, canWrite, onEdit }: Props) {
  const { t, i18n } = useTranslation();
  const docs = useDocuments(contracts.flatMap((c) => (c.documentId ? [c.documentId] : [])));
  if (!contracts.length) return <Text c="dimmed" size="sm">{t('sales.contracts.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover data-testid="contract-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sales.contracts.fields.number')}</Table.Th>
            <Table.Th>{t('sales.contracts.fields.subject')}</Table.Th>
            {refs && <Table.Th>{t('sales.deal')}</Table.Th>}
            {refs && <Table.Th>{t('sales.client')}</Table.Th>}
            <Table.Th>{t('sales.contracts.validity')}</Table.Th>
            <Table.Th>{t('sales.contracts.expiry')}</Table.Th>
            <Table.Th>{t('sales.contracts.fields.documentId')}</Table.Th>
            {canWrite && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contracts.map((c) => {
            const doc = c.documentId ? docs.get(c.documentId) : undefined;
            return (
              <Table.Tr key={c.id} data-testid={`contract-${c.id}`}>
                <Table.Td fw={500}>{c.number}</Table.Td>
                <Table.Td>{c.subject ?? '—'}</Table.Td>
                {refs && (
                  <Table.Td>
                    {c.dealId ? (
                      <Anchor component={Link} to={`/deals/${c.dealId}`} size="sm">
                        {refs.dealTitle(c.dealId)}
                      </Anchor>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                )}
                {refs && <Table.Td>{refs.clientName(c.counterpartyId)}</Table.Td>}
                <Table.Td>
                  {formatDay(c.validFrom, i18n.language)} – {c.validTo ? formatDay(c.validTo, i18n.language) : '…'}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <ExpiryBadge contract={c} />
                </Table.Td>
                <Table.Td>
                  {doc ? (
                    <Group gap="xs">
                      <Text size="sm">{doc.number}</Text>
                      <Anchor href={doc.downloads.docx} size="sm">
                        DOCX
                      </Anchor>
                      <Anchor href={doc.downloads.pdf} size="sm">
                        PDF
                      </Anchor>
                    </Group>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Button size="compact-xs" variant="light" onClick={() => onEdit(c)} data-testid={`contract-${c.id}-edit`}>
                      {t('sales.edit')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
