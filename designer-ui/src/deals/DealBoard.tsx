import { Badge, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../i18n/format';
import type { Deal } from './api';
import { DealCard } from './DealCard';

/** One column per stage, in funnel order; a card dropped on a column asks the process to move it. */
export function DealBoard({ deals, stages, onMove }: { deals: Deal[]; stages: string[]; onMove: (deal: Deal, stage: string) => void }) {
  const { i18n } = useTranslation();
  const [over, setOver] = useState<string | null>(null);
  const dragged = useRef<Deal | null>(null);
  const columns = [...stages, ...new Set(deals.map((d) => d.stage ?? '—').filter((s) => !stages.includes(s)))];
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Group align="flex-start" wrap="nowrap" gap="md">
        {columns.map((stage) => {
          const inStage = deals.filter((d) => (d.stage ?? '—') === stage);
          const totals = sumByCurrency(inStage);
          return (
            <Paper
              key={stage}
              withBorder
              p="sm"
              w={260}
              miw={260}
              bg={over === stage ? 'blue.0' : 'gray.1'}
              data-testid={`stage-${stage}`}
              onDragOver={(e) => {
                e.preventDefault();
                setOver(stage);
              }}
              onDragLeave={() => setOver(null)}
              onDrop={(e) => {
                e.preventDefault();
                setOver(null);
                const id = e.dataTransfer.getData('text/plain');
                const deal = deals.find((d) => String(d.id) === id) ?? dragged.current;
                dragged.current = null;
                if (deal && deal.stage !== stage) onMove(deal, stage);
              }}
            >
              <Group justify="space-between" mb="xs">
                <Text fw={700} size="sm">
                  {stage}
                </Text>
                <Badge variant="light">{inStage.length}</Badge>
              </Group>
              <Text size="xs" c="dimmed" mb="sm">
                {totals.map(([currency, amount]) => formatMoney(amount, currency, i18n.language)).join(' · ') || '—'}
              </Text>
              <Stack gap="xs" mih={80}>
                {inStage.map((deal) => (
                  <DealCard key={deal.id} deal={deal} stages={stages} onMove={onMove} onDrag={(d) => (dragged.current = d)} />
                ))}
              </Stack>
            </Paper>
          );
        })}
      </Group>
    </ScrollArea>
  );
}

function sumByCurrency(deals: Deal[]): [string, number][] {
  const sums = new Map<string, number>();
  for (const d of deals) sums.set(d.currency, (sums.get(d.currency) ?? 0) + d.amount);
  return [...sums];
}
