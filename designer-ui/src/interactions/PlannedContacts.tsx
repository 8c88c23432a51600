import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format';
import type { Interaction } from './api';

interface Props {
  items: Interaction[];
  /** Absent for a reader who may not change them. */
  onComplete?: (i: Interaction) => void;
  onCancel?: (i: Interaction) => void;
}

/** Planned contacts, soonest first; the late ones marked overdue in red. */
export function PlannedContacts({ items, onComplete, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <Text c="dimmed" size="sm" data-testid="planned-none">{t('interactions.planned.none')}</Text>;
  return (
    <Table verticalSpacing="xs" data-testid="planned-contacts">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('interactions.fields.when')}</Table.Th>
          <Table.Th>{t('interactions.fields.kind')}</Table.Th>
          <Table.Th>{t('interactions.fields.subject')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((i) => (
          <Table.Tr key={i.id} data-testid="planned-contact" data-id={i.id} data-overdue={i.overdue}>
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                <Text size="sm" c={i.overdue ? 'red.7' : undefined} fw={i.overdue ? 600 : undefined}>
                  {formatDate(i.at, i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}
                </Text>
                {i.overdue && (
                  <Badge color="red" size="xs" variant="filled">
                    {t('interactions.overdue')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>{t(`interactions.kind.${i.kind}`)}</Table.Td>
            <Table.Td>{i.subject}</Table.Td>
            <Table.Td>
              <Group gap={4} justify="flex-end" wrap="nowrap">
                {onComplete && (
                  <Button size="compact-xs" onClick={() => onComplete(i)} aria-label={t('interactions.complete.one', { subject: i.subject })} data-testid="planned-complete">
                    {t('interactions.complete.action')}
                  </Button>
                )}
                {onCancel && (
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => onCancel(i)} aria-label={t('interactions.cancelContact.one', { subject: i.subject })} data-testid="planned-cancel">
                    {t('interactions.cancelContact.action')}
                  </Button>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
