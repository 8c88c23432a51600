import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const colours: Record<string, string> = { active: 'blue', incident: 'red', completed: 'green', terminated: 'gray', cancelled: 'gray' };

export function StateBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colours[state] ?? 'gray'} data-testid="instance-state" data-state={state}>
      {t(`monitoring.state.${state}`, { defaultValue: state })}
    </Badge>
  );
}
