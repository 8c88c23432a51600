import { Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AbcXyz } from './api';

const rows = ['A', 'B', 'C'] as const;
const cols = ['X', 'Y', 'Z'] as const;
/** AX are the best clients (big and steady), CZ the least; the tint says so. */
const tint: Record<string, string> = { AX: 'green.2', AY: 'green.1', BX: 'green.1', AZ: 'yellow.1', BY: 'yellow.1', CX: 'yellow.1', BZ: 'orange.1', CY: 'orange.1', CZ: 'red.1' };

/** The 3×3 matrix: clients and their total per cell; a click lists the cell's clients. */
export function AbcXyzMatrix({ result, selected, onSelect }: { result: AbcXyz; selected: string | null; onSelect: (cell: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const totals: Record<string, number> = {};
  for (const r of result.items) totals[r.abc + r.xyz] = (totals[r.abc + r.xyz] ?? 0) + r.total;
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  return (
    <Table withTableBorder withColumnBorders maw={640} data-testid="abc-matrix">
      <Table.Thead>
        <Table.Tr>
          <Table.Th />
          {cols.map((c) => (
            <Table.Th key={c} ta="center">
              {c} <Text span size="xs" c="dimmed">{t(`analytics.abc.${c}`)}</Text>
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r}>
            <Table.Th>
              {r} <Text span size="xs" c="dimmed">{t(`analytics.abc.${r}`)}</Text>
            </Table.Th>
            {cols.map((c) => {
              const cell = r + c;
              return (
                <Table.Td key={c} p={0} bg={selected === cell ? 'blue.2' : tint[cell]}>
                  <UnstyledButton w="100%" p="sm" ta="center" onClick={() => onSelect(selected === cell ? null : cell)} data-testid={`abc-cell-${cell}`} aria-pressed={selected === cell}>
                    <Text fw={700} size="lg">
                      {result.matrix[cell] ?? 0}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {number.format(totals[cell] ?? 0)}
                    </Text>
                  </UnstyledButton>
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
