import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Variables by name; objects and lists as compact JSON. */
export function VariablesTable({ variables }: { variables: Record<string, unknown> }) {
  const { t } = useTranslation();
  const names = Object.keys(variables).sort();
  if (!names.length) return <Text c="dimmed">{t('monitoring.instance.noVariables')}</Text>;
  return (
    <Table striped data-testid="variables-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('monitoring.instance.variable')}</Table.Th>
          <Table.Th>{t('monitoring.instance.value')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {names.map((name) => (
          <Table.Tr key={name} data-testid={`variable-${name}`}>
            <Table.Td fw={500}>{name}</Table.Td>
            <Table.Td>
              <Code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{JSON.stringify(variables[name])}</Code>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
