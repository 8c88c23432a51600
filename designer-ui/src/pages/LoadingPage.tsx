import { Center, Loader, Stack, Text } from '@mantine/core';

export function LoadingPage({ label }: { label: string }) {
  return (
    <Center mih="100vh" data-testid="app-loading">
      <Stack align="center" gap="sm">
        <Loader />
        <Text c="dimmed">{label}</Text>
      </Stack>
    </Center>
  );
}
