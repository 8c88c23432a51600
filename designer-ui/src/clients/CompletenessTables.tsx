import { Badge, Group, Progress, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CompletenessReport } from './completenessApi';
import { CompletenessBar } from './CompletenessBar';

/** Fields most missed first, with the share of clients missing each. */
export function CompletenessFields({ report }: { report: CompletenessReport }) {
  const { t, i18n } = useTranslation();
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  if (report.fields.length === 0) return <Text c="dimmed">{t('clients.completenessReport.noFields')}</Text>;
  return (
    <Table data-testid="completeness-fields">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('clients.completenessReport.field')}</Table.Th>
          <Table.Th>{t('clients.completenessReport.missing')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {report.fields.map((f) => {
          const share = report.total ? f.missing / report.total : 0;
          return (
            <Table.Tr key={f.field} data-testid="completeness-field" data-field={f.field} data-missing={f.missing}>
              <Table.Td>
                <Group gap={6}>
                  {t(`clients.field.${f.field}`, { defaultValue: f.field })}
                  <Badge size="xs" variant="light" color={f.level === 'required' ? 'red' : 'gray'}>
                    {t(`clients.completenessReport.${f.level}`)}
                  </Badge>
                </Group>
              </Table.Td>
              <Table.Td miw={200}>
                <Group gap={6} wrap="nowrap">
                  <Progress value={share * 100} color="orange" w={120} size="sm" aria-hidden />
                  <Text size="sm">
                    {f.missing} ({pct.format(share)})
                  </Text>
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** Per responsible: their clients, how many miss a required field, and the average score. */
export function CompletenessByResponsible({ report, names }: { report: CompletenessReport; names: Map<number, string> }) {
  const { t } = useTranslation();
  return (
    <Table data-testid="completeness-by-responsible">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('clients.field.responsibleId')}</Table.Th>
          <Table.Th ta="right">{t('clients.completenessReport.clients')}</Table.Th>
          <Table.Th ta="right">{t('clients.completenessReport.incomplete')}</Table.Th>
          <Table.Th>{t('clients.completenessReport.averageScore')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {report.byResponsible.map((r) => (
          <Table.Tr key={r.responsibleId ?? 'none'}>
            <Table.Td>{r.responsibleId === null ? t('clients.completenessReport.nobody') : (names.get(r.responsibleId) ?? `#${r.responsibleId}`)}</Table.Td>
            <Table.Td ta="right">{r.total}</Table.Td>
            <Table.Td ta="right">{r.incomplete}</Table.Td>
            <Table.Td>
              <CompletenessBar score={r.averageScore} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
