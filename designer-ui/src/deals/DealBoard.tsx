import { Badge, Button, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmounts } from '../analytics/money';
import type { BoardColumn, Deal } from './api';
import { DealCard } from './DealCard';
import { stageName } from './stageName';

const NOT_PLACED = '—';

interface Props {
  columns: BoardColumn[];
  stages: string[];
  onMove: (deal: Deal, stage: string) => void;
  onShowMore: (column: BoardColumn) => Promise<void>;
}

/**
 * One column per stage, in funnel order; a card dropped on a column asks the process to move it.
 * A column's count and sums are the server's figures for the whole stage, not for the cards shown.
 */
export function DealBoard({ columns, stages, onMove, onShowMore }: Props) {
  const { t, i18n } = useTranslation();
  const [over, setOver] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState<string | null>(null);
  const dragged = useRef<Deal | null>(null);
  const shown = columns.flatMap((c) => c.items);
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Group align="flex-start" wrap="nowrap" gap="md">
        {columns.map((column) => {
          const stage = column.stage ?? NOT_PLACED;
          return (
            <Paper
              key={stage}
              withBorder
              p="sm"
              w={260}
              miw={260}
              bg={over === stage ? 'blue.0' : 'gray.1'}
              data-testid={`stage-${stage}`}
              data-count={column.count}
              onDragOver={(e) => {
                e.preventDefault();
                setOver(stage);
              }}
              onDragLeave={() => setOver(null)}
              onDrop={(e) => {
                e.preventDefault();
                setOver(null);
                const id = e.dataTransfer.getData('text/plain');
                const deal = shown.find((d) => String(d.id) === id) ?? dragged.current;
                dragged.current = null;
                if (deal && column.stage && deal.stage !== column.stage) onMove(deal, column.stage);
              }}
            >
              <Group justify="space-between" mb="xs">
                <Text fw={700} size="sm">
                  {column.stage ? stageName(t, column.stage) : t('deals.notPlaced')}
                </Text>
                <Badge variant="light" data-testid={`stage-count-${stage}`}>
                  {column.count}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed" mb="sm" data-testid={`stage-sum-${stage}`}>
                {formatAmounts(largestFirst(column.amounts), i18n.language)}
              </Text>
              <Stack gap="xs" mih={80}>
                {column.items.map((deal) => (
                  <DealCard key={deal.id} deal={deal} stages={stages} onMove={onMove} onDrag={(d) => (dragged.current = d)} />
                ))}
                {column.nextOffset !== null && (
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    loading={loadingMore === stage}
                    onClick={() => {
                      setLoadingMore(stage);
                      void onShowMore(column).finally(() => setLoadingMore(null));
                    }}
                    data-testid={`stage-more-${stage}`}
                  >
                    {t('deals.showMore', { shown: column.items.length, count: column.count })}
                  </Button>
                )}
              </Stack>
            </Paper>
          );
        })}
      </Group>
    </ScrollArea>
  );
}

/** The currency carrying the most first, as the charts choose theirs. */
const largestFirst = (amounts: Record<string, number>) => Object.fromEntries(Object.entries(amounts).sort((a, b) => b[1] - a[1]));
