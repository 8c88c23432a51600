import { ActionIcon, Anchor, Box, Button, Group, Indicator, Notification, Popover, Portal, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDate } from '../i18n/format';
import type { Notice } from './api';
import { BellIcon } from './BellIcon';
import { useNotices } from './useNotices';

/** The bell in the header: unread count, the latest notifications, and toasts for new ones. */
export function NotificationCenter() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { items, unread, toasts, dismiss, read, readAll } = useNotices();

  const openNotice = async (n: Notice) => {
    if (!n.readAt) await read(n.id);
    if (n.link) {
      close();
      void navigate(n.link);
    }
  };

  return (
    <>
      <Popover opened={opened} onChange={(o) => !o && close()} position="bottom-end" width={380} shadow="md" withinPortal>
        <Popover.Target>
          <Indicator label={unread} size={18} disabled={unread === 0} color="red" offset={4} data-testid="bell-count">
            <ActionIcon variant="subtle" color="gray" size="lg" onClick={toggle} aria-label={t('notices.open', { count: unread })} data-testid="bell">
              <BellIcon />
            </ActionIcon>
          </Indicator>
        </Popover.Target>
        <Popover.Dropdown p={0} data-testid="notice-list">
          <Group justify="space-between" px="md" py="xs">
            <Text fw={600}>{t('notices.title')}</Text>
            <Button variant="subtle" size="compact-xs" disabled={unread === 0} onClick={() => void readAll()} data-testid="notice-read-all">
              {t('notices.readAll')}
            </Button>
          </Group>
          <ScrollArea.Autosize mah={420}>
            {items.length === 0 && (
              <Text c="dimmed" size="sm" px="md" pb="md">
                {t('notices.empty')}
              </Text>
            )}
            <Stack gap={0}>
              {items.map((n) => (
                <Box key={n.id} px="md" py="xs" bg={n.readAt ? undefined : 'blue.0'} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }} data-testid="notice" data-unread={!n.readAt}>
                  <UnstyledButton onClick={() => void openNotice(n)} w="100%">
                    <Text size="sm" fw={n.readAt ? 400 : 600}>
                      {n.title}
                    </Text>
                    {n.body && (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {n.body}
                      </Text>
                    )}
                  </UnstyledButton>
                  <Group justify="space-between" mt={2}>
                    <Text size="xs" c="dimmed">
                      {formatDate(n.createdAt, i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}
                    </Text>
                    {!n.readAt && (
                      <Anchor component="button" size="xs" onClick={() => void read(n.id)} data-testid="notice-read">
                        {t('notices.markRead')}
                      </Anchor>
                    )}
                  </Group>
                </Box>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Popover.Dropdown>
      </Popover>
      <Portal>
        <Stack gap="xs" pos="fixed" bottom={16} right={16} w={360} style={{ zIndex: 400 }} aria-live="polite">
          {toasts.map((n) => (
            <Notification key={n.id} title={n.title} color={n.kind === 'escalation' ? 'red' : 'blue'} onClose={() => dismiss(n.id)} withBorder data-testid="toast">
              {n.body}
            </Notification>
          ))}
        </Stack>
      </Portal>
    </>
  );
}
