import { ActionIcon, Anchor, Badge, Button, Group, Menu, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../i18n/format';
import type { Shipment } from './api';
import { formatDay } from './dates';
import { unsqueezed } from './styles';
import { ShipmentAction, type ShipmentActionKind } from './ShipmentAction';
import { useProductNames, type SalesRefs } from './useSalesRefs';

interface Props {
  shipments: Shipment[];
  refs?: SalesRefs;
  canWrite: boolean;
  onChanged: () => void;
}

const stateColor = { planned: 'blue', shipped: 'green', cancelled: 'gray' } as const;

/** Shipments with their lines, planned time and state; overdue ones stand out in red. Planned ones can be re-planned, shipped or cancelled. */
export function ShipmentTable({ shipments, refs, canWrite, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const products = useProductNames(shipments.flatMap((s) => s.lines.map((l) => l.productId)));
  const [acting, setActing] = useState<{ shipment: Shipment; action: ShipmentActionKind } | null>(null);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 3 });
  const when = (iso: string) => formatDate(iso, i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  if (!shipments.length) return <Text c="dimmed" size="sm">{t('sales.shipments.none')}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={860}>
        <Table highlightOnHover data-testid="shipment-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              {refs && <Table.Th>{t('sales.deal')}</Table.Th>}
              {refs && <Table.Th>{t('sales.client')}</Table.Th>}
              <Table.Th>{t('sales.shipments.lines')}</Table.Th>
              <Table.Th>{t('sales.shipments.plannedAt')}</Table.Th>
              <Table.Th>{t('sales.shipments.state')}</Table.Th>
              <Table.Th>{t('sales.shipments.shippedOn')}</Table.Th>
              {canWrite && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shipments.map((s) => (
              <Table.Tr key={s.id} data-testid={`shipment-${s.id}`} data-overdue={s.overdue} bg={s.overdue ? 'var(--mantine-color-red-light)' : undefined}>
                <Table.Td>{s.id}</Table.Td>
                {refs && (
                  <Table.Td>
                    {s.dealId ? (
                      <Anchor component={Link} to={`/deals/${s.dealId}`} size="sm">
                        {refs.dealTitle(s.dealId)}
                      </Anchor>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                )}
                {refs && <Table.Td>{refs.clientName(s.counterpartyId)}</Table.Td>}
                <Table.Td>
                  {s.lines.map((l, i) => (
                    <Text key={i} size="sm">
                      {products.get(l.productId) ?? `#${l.productId}`} × {number.format(l.qty)}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" c={s.overdue ? 'red' : undefined} fw={s.overdue ? 600 : undefined}>
                    {when(s.plannedAt)}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Group gap={4} wrap="nowrap">
                    <Badge variant="light" color={stateColor[s.state]} style={unsqueezed} data-testid="shipment-state">
                      {t(`sales.shipments.states.${s.state}`)}
                    </Badge>
                    {s.overdue && (
                      <Badge color="red" style={unsqueezed} data-testid="shipment-overdue">
                        {t('sales.shipments.overdue')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{s.shippedOn ? formatDay(s.shippedOn, i18n.language) : '—'}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    {s.state === 'planned' && (
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" onClick={() => setActing({ shipment: s, action: 'ship' })} data-testid={`shipment-${s.id}-ship`}>
                          {t('sales.shipments.actions.ship')}
                        </Button>
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <ActionIcon variant="subtle" aria-label={t('sales.shipments.more', { id: s.id })} data-testid={`shipment-${s.id}-more`}>
                              ⋯
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item onClick={() => setActing({ shipment: s, action: 'replan' })} data-testid={`shipment-${s.id}-replan`}>
                              {t('sales.shipments.actions.replan')}
                            </Menu.Item>
                            <Menu.Item color="red" onClick={() => setActing({ shipment: s, action: 'cancel' })} data-testid={`shipment-${s.id}-cancel`}>
                              {t('sales.shipments.actions.cancel')}
                            </Menu.Item>
                          </Menu.Dropdown>
                        </Menu>
                      </Group>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {acting && (
        <ShipmentAction
          shipment={acting.shipment}
          action={acting.action}
          onClose={() => setActing(null)}
          onDone={() => {
            setActing(null);
            onChanged();
          }}
        />
      )}
    </>
  );
}
