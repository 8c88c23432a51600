import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const colors: Record<string, string> = { A: 'teal', B: 'yellow', C: 'gray' };

/** A client's stored class as "AX", with the meaning on hover; nothing when it has none. */
export function ClassBadge({ abc, xyz }: { abc: string | null; xyz: string | null }) {
  const { t } = useTranslation();
  if (!abc) return null;
  const meaning = [abc, xyz].filter(Boolean).map((c) => `${c} · ${t(`analytics.abc.${c}`)}`).join(', ');
  return (
    <Tooltip label={meaning}>
      <Badge variant="light" color={colors[abc] ?? 'gray'} data-testid="client-class">
        {abc}
        {xyz ?? ''}
      </Badge>
    </Tooltip>
  );
}
