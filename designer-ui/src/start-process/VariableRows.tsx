import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface VariableRow {
  name: string;
  value: string;
}

/** Optional process variables as name/value pairs; empty names are left out when starting. */
export function VariableRows({ rows, onChange }: { rows: VariableRow[]; onChange: (rows: VariableRow[]) => void }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<VariableRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('startProcess.variables')}
      </Text>
      {rows.map((row, i) => (
        <Group key={i} gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            aria-label={t('startProcess.variableName')}
            placeholder={t('startProcess.variableName')}
            value={row.name}
            onChange={(e) => set(i, { name: e.currentTarget.value })}
            data-testid={`start-variable-name-${i}`}
            flex={1}
          />
          <TextInput
            aria-label={t('startProcess.variableValue')}
            placeholder={t('startProcess.variableValue')}
            value={row.value}
            onChange={(e) => set(i, { value: e.currentTarget.value })}
            data-testid={`start-variable-value-${i}`}
            flex={2}
          />
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('startProcess.removeVariable')} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            ×
          </ActionIcon>
        </Group>
      ))}
      <Text size="xs" c="dimmed">
        {t('startProcess.variablesHint')}
      </Text>
      <Group>
        <Button variant="subtle" size="xs" onClick={() => onChange([...rows, { name: '', value: '' }])} data-testid="start-variable-add">
          {t('startProcess.addVariable')}
        </Button>
      </Group>
    </Stack>
  );
}
