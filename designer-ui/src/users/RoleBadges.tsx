import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Role codes as the people who hold them call them. */
export function RoleBadges({ roles }: { roles: string[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {roles.map((code) => (
        <Badge key={code} variant="light" size="sm">
          {t(`roleNames.${code}`, { defaultValue: code })}
        </Badge>
      ))}
    </Group>
  );
}
