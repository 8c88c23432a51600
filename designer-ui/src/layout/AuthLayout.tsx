import { Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { PRODUCT_NAME } from '../product';
import { LanguageSwitcher } from './LanguageSwitcher';

/** A centred card for screens shown before anyone is logged in (setup, login, errors). */
export function AuthLayout({ title, subtitle, children }: { title: string; subtitle?: string; children: ReactNode }) {
  return (
    <Box mih="100vh" bg="gray.0" py="xl">
      <Container size={440}>
        <Group justify="space-between" mb="xl">
          <Text fw={700} size="lg" c="blue.8">
            {PRODUCT_NAME}
          </Text>
          <LanguageSwitcher />
        </Group>
        <Paper withBorder shadow="sm" radius="md" p="xl">
          <Stack gap="md">
            <div>
              <Title order={2} size="h3">
                {title}
              </Title>
              {subtitle && (
                <Text c="dimmed" size="sm" mt={4}>
                  {subtitle}
                </Text>
              )}
            </div>
            {children}
          </Stack>
        </Paper>
      </Container>
    </Box>
  );
}
