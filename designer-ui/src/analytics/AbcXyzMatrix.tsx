import { Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AbcXyz } from './api';

const rows = ['A', 'B', 'C'] as const;
const cols = ['X', 'Y', 'Z'] as const;
/** A heat scale: the cell's share of all sales picks the shade (dark text stays readable on each). */
const shades = ['gray.0', 'blue.0', 'blue.1', 'blue.2', 'blue.3', 'blue.4'];
const shadeOf = (share: number) => (share <= 0 ? shades[0] : shades[Math.min(shades.length - 1, 1 + Math.floor(share * (shades.length - 1) * 1.5))]);

/** The 3×3 matrix: clients and their total per cell; a click lists the cell's clients. */
export function AbcXyzMatrix({ result, selected, onSelect }: { result: AbcXyz; selected: string | null; onSelect: (cell: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const totals: Record<string, number> = {};
  for (const r of result.items) totals[r.abc + r.xyz] = (totals[r.abc + r.xyz] ?? 0) + r.total;
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const all = Object.values(totals).reduce((a, b) => a + b, 0) || 1;
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
                <Table.Td key={c} p={0} bg={shadeOf((totals[cell] ?? 0) / all)} style={selected === cell ? { boxShadow: 'inset 0 0 0 3px var(--mantine-color-blue-8)' } : undefined}>
                  <UnstyledButton w="100%" p="sm" ta="center" onClick={() => onSelect(selected === cell ? null : cell)} data-testid={`abc-cell-${cell}`} aria-pressed={selected === cell}>
                    <Text fw={700} size="lg">
                      {result.matrix[cell] ?? 0}
                    </Text>
                    <Text size="xs" c="dark.5">
                      {number.format(totals[cell] ?? 0)} · {percent.format((totals[cell] ?? 0) / all)}
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
