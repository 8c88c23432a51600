import { AppShell, Box, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/types';
import { PRODUCT_NAME } from '../product';
import { NotificationCenter } from '../notifications/NotificationCenter';
import { LiveBadge } from '../status/LiveBadge';
import { LanguageSwitcher } from './LanguageSwitcher';
import { MainNav } from './MainNav';
import { UserMenu } from './UserMenu';

/** The frame around every screen after login: header (name, live badge, language, user) and navigation. */
export function AppLayout({ user, onLogout, onUserChange, children }: { user: User; onLogout: () => void; onUserChange: (user: User) => void; children: ReactNode }) {
  const { t } = useTranslation();
  const [navOpen, { toggle }] = useDisclosure(false);
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpen} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Text fw={700} size="lg" c="blue.8" style={{ whiteSpace: 'nowrap' }} data-testid="product-name">
              {PRODUCT_NAME}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LiveBadge />
            <NotificationCenter />
            <Box visibleFrom="sm">
              <LanguageSwitcher account />
            </Box>
            <UserMenu user={user} onLogout={onLogout} onUserChange={onUserChange} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <MainNav user={user} />
        {/* On phones the header has no room for the language picker; it lives in the navigation drawer. */}
        <Box hiddenFrom="sm" mt="md" px="sm">
          <LanguageSwitcher account testId="language-switcher-mobile" />
        </Box>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">{children}</AppShell.Main>
    </AppShell>
  );
}
