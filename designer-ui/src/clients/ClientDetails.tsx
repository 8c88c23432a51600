import { Badge, Group, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Counterparty } from './types';
import { showValue } from './values';

/** Requisites and fields of the client, read-only. */
export function ClientDetails({ client }: { client: Counterparty }) {
  const { t } = useTranslation();
  const row = (field: string, value: ReactNode) => (
    <div key={field} data-testid={`detail-${field}`}>
      <Text size="xs" c="dimmed">
        {t(`clients.field.${field}`)}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
      {row('kind', t(`clients.kind.${client.kind}`))}
      {row('legalName', showValue(client.legalName))}
      {row('taxId', client.taxId ? `${client.taxId}${client.taxIdKind ? ` (${client.taxIdKind.toUpperCase()})` : ''}` : '—')}
      {row('phones', showValue(client.phones))}
      {row('emails', showValue(client.emails))}
      {row('messengers', showValue(client.messengers))}
      {row('addresses', showValue(client.addresses))}
      {row('website', showValue(client.website))}
      {row('industry', showValue(client.industry))}
      {row('region', showValue(client.region))}
      {row('size', client.size ? t(`clients.size.${client.size}`) : '—')}
      {row('source', showValue(client.source))}
      {row('relationships', client.relationships.map((r) => t(`clients.relationship.${r}`)).join(', ') || '—')}
      {row(
        'tags',
        client.tags.length ? (
          <Group gap={4} component="span">
            {client.tags.map((tag) => (
              <Badge key={tag} size="sm" variant="outline">
                {tag}
              </Badge>
            ))}
          </Group>
        ) : (
          '—'
        ),
      )}
    </SimpleGrid>
  );
}
