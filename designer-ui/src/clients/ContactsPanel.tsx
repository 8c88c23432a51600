import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactForm } from './ContactForm';
import type { Contact } from './types';

/** Contact persons of the client, each editable, plus "add". */
export function ContactsPanel({ counterpartyId, contacts, onChanged }: { counterpartyId: number; contacts: Contact[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  return (
    <Stack gap="sm" data-testid="contacts-panel">
      <Group justify="flex-end">
        <Button size="xs" onClick={() => setEditing('new')} data-testid="contact-add">
          {t('clients.contacts.add')}
        </Button>
      </Group>
      {contacts.length === 0 ? (
        <Text c="dimmed">{t('clients.contacts.none')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('clients.contacts.fullName')}</Table.Th>
              <Table.Th>{t('clients.contacts.position')}</Table.Th>
              <Table.Th>{t('clients.contacts.decisionRole')}</Table.Th>
              <Table.Th>{t('clients.field.phone')}</Table.Th>
              <Table.Th>{t('clients.field.email')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contacts.map((c) => (
              <Table.Tr key={c.id} data-testid="contact-row" data-primary={c.isPrimary || undefined}>
                <Table.Td>
                  {c.fullName}
                  {c.isPrimary && (
                    <Badge size="xs" variant="light" ml={6} data-testid="contact-primary-badge">
                      {t('clients.contacts.primaryBadge')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{c.position}</Table.Td>
                <Table.Td>{c.decisionRole && t(`clients.decisionRole.${c.decisionRole}`)}</Table.Td>
                <Table.Td>{c.phones.map((p) => p.number).join(', ')}</Table.Td>
                <Table.Td>{c.emails.map((e) => e.address).join(', ')}</Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" onClick={() => setEditing(c)} aria-label={t('clients.contacts.editOne', { name: c.fullName })}>
                    {t('clients.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <ContactForm
          counterpartyId={counterpartyId}
          contact={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            onChanged();
          }}
        />
      )}
    </Stack>
  );
}
