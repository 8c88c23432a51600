import { Avatar, Box, Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/types';
import { TimeZonePicker } from './TimeZonePicker';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

/** The logged-in user's name; opens a menu with their e-mail, roles, time zone and "Log out". */
export function UserMenu({ user, onLogout, onUserChange }: { user: User; onLogout: () => void; onUserChange: (user: User) => void }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          aria-label={`${t('user.menu')}: ${user.displayName}`}
          data-testid="user-menu"
          leftSection={
            <Avatar size="sm" radius="xl" color="blue">
              {initials(user.displayName)}
            </Avatar>
          }
        >
          <Text size="sm" fw={500} visibleFrom="xs">
            {user.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        {user.roles.length > 0 && (
          <Text size="xs" c="dimmed" px="sm" pb="xs">
            {t('user.roles', { roles: user.roles.map((code) => t(`roleNames.${code}`, { defaultValue: code })).join(', ') })}
          </Text>
        )}
        <Box px="sm" pb="xs">
          <TimeZonePicker user={user} onSaved={onUserChange} />
        </Box>
        <Menu.Divider />
        <Menu.Item color="red" onClick={onLogout} data-testid="logout">
          {t('user.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
