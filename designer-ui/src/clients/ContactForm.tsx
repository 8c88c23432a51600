import { Alert, Button, Checkbox, Group, Modal, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../api/client';
import { useServerErrors } from '../forms/useServerErrors';
import { clientsApi, type ContactInput } from './clientsApi';
import { decisionRoles, type Contact } from './types';

const FIELDS = ['fullName', 'position', 'decisionRole', 'phones', 'emails', 'note'] as const;

interface Props {
  counterpartyId: number;
  /** The contact to edit; absent to add a new one. */
  contact?: Contact;
  onClose: () => void;
  onSaved: () => void;
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** Adds or edits a contact person in a dialog; a 412 (edited meanwhile) is shown like any other refusal. */
export function ContactForm({ counterpartyId, contact, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [fullName, setFullName] = useState(contact?.fullName ?? '');
  const [position, setPosition] = useState(contact?.position ?? '');
  const [decisionRole, setDecisionRole] = useState<string | null>(contact?.decisionRole ?? null);
  const [phone, setPhone] = useState(contact?.phones[0]?.number ?? '');
  const [email, setEmail] = useState(contact?.emails[0]?.address ?? '');
  const [note, setNote] = useState(contact?.note ?? '');
  const [isPrimary, setPrimary] = useState(contact?.isPrimary ?? false);
  const [busy, setBusy] = useState(false);
  const errors = useServerErrors(FIELDS);
  const idempotencyKey = useRef(newIdempotencyKey());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    errors.setError(null);
    const input: ContactInput = {
      fullName: fullName.trim(),
      position: orNull(position),
      // The select offers only decisionRoles; Mantine types its value as any string.
      decisionRole: decisionRole as Contact['decisionRole'],
      phones: phone.trim() ? [{ ...contact?.phones[0], number: phone.trim() }, ...(contact?.phones.slice(1) ?? [])] : (contact?.phones.slice(1) ?? []),
      emails: email.trim() ? [{ ...contact?.emails[0], address: email.trim() }, ...(contact?.emails.slice(1) ?? [])] : (contact?.emails.slice(1) ?? []),
      note: orNull(note),
      isPrimary,
    };
    try {
      if (contact) await clientsApi.updateContact(contact, input);
      else await clientsApi.addContact(counterpartyId, input, idempotencyKey.current);
      onSaved();
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }

  const field = (name: (typeof FIELDS)[number], set: (v: string) => void) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    set(e.currentTarget.value);
    errors.clearField(name);
  };

  return (
    <Modal opened onClose={onClose} title={t(contact ? 'clients.contacts.edit' : 'clients.contacts.add')} size="lg">
      <form onSubmit={submit} noValidate data-testid="contact-form">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('clients.contacts.fullName')} required autoFocus value={fullName} onChange={field('fullName', setFullName)} error={errors.byField.fullName} data-testid="contact-fullName" />
          <TextInput label={t('clients.contacts.position')} value={position} onChange={field('position', setPosition)} error={errors.byField.position} data-testid="contact-position" />
          <Select
            label={t('clients.contacts.decisionRole')}
            data={decisionRoles.map((r) => ({ value: r, label: t(`clients.decisionRole.${r}`) }))}
            value={decisionRole}
            onChange={setDecisionRole}
            clearable
            error={errors.byField.decisionRole}
          />
          <TextInput label={t('clients.field.phone')} type="tel" value={phone} onChange={field('phones', setPhone)} error={errors.byField.phones} data-testid="contact-phone" />
          <TextInput label={t('clients.field.email')} type="email" value={email} onChange={field('emails', setEmail)} error={errors.byField.emails} data-testid="contact-email" />
        </SimpleGrid>
        <Textarea label={t('clients.contacts.note')} mt="sm" value={note} onChange={field('note', setNote)} error={errors.byField.note} autosize minRows={2} />
        <Checkbox
          mt="sm"
          label={t('clients.contacts.primary')}
          description={t('clients.contacts.primaryHint')}
          checked={isPrimary}
          onChange={(e) => setPrimary(e.currentTarget.checked)}
          data-testid="contact-primary"
        />
        {errors.formError && (
          <Alert color="red" mt="md" role="alert">
            {errors.formError}
          </Alert>
        )}
        <Group mt="lg" justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('clients.cancel')}
          </Button>
          <Button type="submit" loading={busy} data-testid="contact-save">
            {t('clients.save')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
