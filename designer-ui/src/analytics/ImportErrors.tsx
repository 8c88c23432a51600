import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SalesImport } from './reportsApi';

type RowError = SalesImport['errors'][number];

/** Why a row was refused, in the user's language: the server sends a code and the values it names (English `message` as the fallback). */
export function importErrorText(t: (key: string, options: Record<string, unknown>) => string, e: Pick<RowError, 'code' | 'params' | 'message'>): string {
  return t(`importErrors.${e.code}`, { ...e.params, defaultValue: e.message });
}

/** The rows the server refused, by line of the file, with the column, the value read and why. */
export function ImportErrors({ errors }: { errors: SalesImport['errors'] }) {
  const { t } = useTranslation();
  if (errors.length === 0) return <Text c="teal.7">{t('analytics.salesImport.noErrors')}</Text>;
  return (
    <Table striped data-testid="sales-import-errors">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={90}>{t('analytics.salesImport.row')}</Table.Th>
          <Table.Th w={180}>{t('analytics.salesImport.column')}</Table.Th>
          <Table.Th w={180}>{t('analytics.salesImport.value')}</Table.Th>
          <Table.Th>{t('analytics.salesImport.problem')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {errors.map((e, i) => (
          <Table.Tr key={`${e.row}-${e.field}-${i}`} data-testid="sales-import-error" data-row={e.row} data-code={e.code}>
            <Table.Td>{e.row}</Table.Td>
            <Table.Td>
              <code>{e.field}</code>
            </Table.Td>
            <Table.Td>{e.params.value ?? '—'}</Table.Td>
            <Table.Td>{importErrorText(t, e)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
