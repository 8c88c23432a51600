import { ActionIcon, Button, Checkbox, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const variableKinds = ['text', 'number', 'yesNo', 'date'] as const;
export type VariableKind = (typeof variableKinds)[number];

export interface VariableRow {
  name: string;
  kind: VariableKind;
  value: string;
}

/** The value as the process gets it: the kind the user chose, not a guess from the text. */
export function rowValue(row: VariableRow): string | number | boolean {
  if (row.kind === 'number') return Number(row.value);
  if (row.kind === 'yesNo') return row.value === 'true';
  return row.value;
}

/** Optional process variables as labelled, typed rows; rows without a name are left out when starting. */
export function VariableRows({ rows, onChange, errors = {} }: { rows: VariableRow[]; onChange: (rows: VariableRow[]) => void; errors?: Record<string, string> }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<VariableRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('startProcess.variables')}
      </Text>
      {rows.map((row, i) => (
        <Group key={i} gap="xs" wrap="nowrap" align="flex-end">
          <TextInput label={t('startProcess.variableName')} value={row.name} onChange={(e) => set(i, { name: e.currentTarget.value })} data-testid={`start-variable-name-${i}`} flex={2} />
          <Select
            label={t('startProcess.variableKind')}
            data={variableKinds.map((k) => ({ value: k, label: t(`startProcess.kinds.${k}`) }))}
            value={row.kind}
            onChange={(kind) => kind && set(i, { kind: kind as VariableKind, value: kind === 'yesNo' ? 'false' : '' })}
            allowDeselect={false}
            data-testid={`start-variable-kind-${i}`}
            w={120}
          />
          <ValueInput row={row} onChange={(value) => set(i, { value })} error={errors[row.name.trim()]} testId={`start-variable-value-${i}`} />
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('startProcess.removeVariable')} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="subtle" size="xs" onClick={() => onChange([...rows, { name: '', kind: 'text', value: '' }])} data-testid="start-variable-add">
          {t('startProcess.addVariable')}
        </Button>
      </Group>
    </Stack>
  );
}

function ValueInput({ row, onChange, error, testId }: { row: VariableRow; onChange: (value: string) => void; error?: string; testId: string }) {
  const { t } = useTranslation();
  const label = t('startProcess.variableValue');
  if (row.kind === 'yesNo') {
    return <Checkbox label={t('startProcess.kinds.yes')} checked={row.value === 'true'} onChange={(e) => onChange(String(e.currentTarget.checked))} error={error} data-testid={testId} flex={3} mb={8} />;
  }
  if (row.kind === 'number') {
    return <NumberInput label={label} value={row.value} onChange={(v) => onChange(String(v))} error={error} data-testid={testId} flex={3} />;
  }
  return <TextInput label={label} type={row.kind === 'date' ? 'date' : 'text'} value={row.value} onChange={(e) => onChange(e.currentTarget.value)} error={error} data-testid={testId} flex={3} />;
}
