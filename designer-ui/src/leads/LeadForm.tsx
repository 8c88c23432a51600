import { Modal, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../api/client';
import { FormFooter } from '../forms/FormFooter';
import { useServerErrors } from '../forms/useServerErrors';
import { useSubmit } from '../forms/useSubmit';
import { leadsApi, type LeadInput } from './api';

const FIELDS = ['companyName', 'contactName', 'phone', 'email', 'taxId', 'source', 'interest', 'message'] as const;
type Field = (typeof FIELDS)[number];

/** A lead taken by phone or by hand: who, how to reach them, what they want and where they came from. */
export function LeadForm({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<Field, string>>({ companyName: '', contactName: '', phone: '', email: '', taxId: '', source: '', interest: '', message: '' });
  const errors = useServerErrors(FIELDS);
  // One key per opened form: a double click or a retry after a lost answer makes one lead.
  const idempotencyKey = useRef(newIdempotencyKey());

  const bind = (field: Field) => ({
    label: t(`leads.fields.${field}`),
    value: values[field],
    error: errors.byField[field],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [field]: value }));
      errors.clearField(field);
    },
    'data-testid': `lead-${field}`,
  });

  // Empty boxes are not sent: the server refuses an empty string where it wants a name.
  const filled = () => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v)) as Partial<LeadInput>;
  const { busy, submit } = useSubmit(() => leadsApi.create({ channel: 'manual', ...filled() } as LeadInput, idempotencyKey.current), onSaved, errors.setError);

  return (
    <Modal opened onClose={onClose} title={t('leads.new.title')} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="lead-form">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput {...bind('companyName')} data-autofocus />
            <TextInput {...bind('contactName')} />
            <TextInput {...bind('phone')} type="tel" />
            <TextInput {...bind('email')} type="email" />
            <TextInput {...bind('taxId')} />
            <TextInput {...bind('source')} description={t('leads.sourceHint')} />
          </SimpleGrid>
          <TextInput {...bind('interest')} />
          <Textarea {...bind('message')} autosize minRows={2} />
          <FormFooter error={errors.formError} cancelLabel={t('leads.cancel')} onCancel={onClose} submitLabel={t('leads.new.save')} busy={busy} submitTestId="lead-save" />
        </Stack>
      </form>
    </Modal>
  );
}
