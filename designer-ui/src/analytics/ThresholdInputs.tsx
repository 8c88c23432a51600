import { Group, NumberInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { thresholdProblem, type Thresholds } from './thresholds';

/** The four class limits in percent; C is what A and B leave, Z what Y leaves. */
export function ThresholdInputs({ value, onChange }: { value: Thresholds; onChange: (t: Thresholds) => void }) {
  const { t } = useTranslation();
  const field = (key: keyof Thresholds) => (
    <NumberInput
      key={key}
      label={t(`analytics.abc.limit.${key}`)}
      value={value[key]}
      onChange={(v) => onChange({ ...value, [key]: typeof v === 'number' ? v : Number(v) || 0 })}
      min={0}
      max={100}
      suffix=" %"
      w={110}
      data-testid={`abc-limit-${key}`}
    />
  );
  const problem = thresholdProblem(value);
  return (
    <div>
      <Group align="flex-end" gap="sm">
        {field('a')}
        {field('b')}
        {field('x')}
        {field('y')}
      </Group>
      {problem && (
        <Text c="red" size="sm" mt={4} role="alert">
          {t(`analytics.abc.limitProblem.${problem}`)}
        </Text>
      )}
    </div>
  );
}
