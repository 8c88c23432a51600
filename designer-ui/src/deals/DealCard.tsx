import { ActionIcon, Anchor, Badge, Card, Group, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../i18n/format';
import type { Deal } from './api';
import { stageName } from './stageName';

/** A deal on the board: drag it to another column, or use its menu (keyboard users). */
export function DealCard({ deal, stages, onMove, onDrag }: { deal: Deal; stages: string[]; onMove: (deal: Deal, stage: string) => void; onDrag: (deal: Deal) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Card
      withBorder
      padding="sm"
      radius="md"
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', String(deal.id));
        onDrag(deal);
      }}
      data-testid={`deal-card-${deal.id}`}
      style={{ cursor: 'grab' }}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Anchor component={Link} to={`/deals/${deal.id}`} fw={600} size="sm" lineClamp={2}>
          {deal.title}
        </Anchor>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t('deals.moveTo', { title: deal.title })} data-testid={`deal-move-${deal.id}`}>
              ⋯
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('deals.moveLabel')}</Menu.Label>
            {stages
              .filter((s) => s !== deal.stage)
              .map((stage) => (
                <Menu.Item key={stage} onClick={() => onMove(deal, stage)} data-testid={`deal-move-${deal.id}-${stage}`}>
                  {stageName(t, stage)}
                </Menu.Item>
              ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Text size="sm" mt={4}>
        {formatMoney(deal.amount, deal.currency, i18n.language)}
      </Text>
      <Group gap={4} mt={6}>
        {deal.status !== 'open' && <Badge color={deal.status === 'won' ? 'green' : 'red'}>{t(`deals.status.${deal.status}`)}</Badge>}
        {deal.expectedCloseDate && (
          <Text size="xs" c="dimmed">
            {t('deals.closeBy', { date: deal.expectedCloseDate })}
          </Text>
        )}
      </Group>
    </Card>
  );
}
