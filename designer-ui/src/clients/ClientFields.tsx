import { Select, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Draft, DraftField } from './draft';
import { kinds, statuses } from './types';

interface Props {
  draft: Draft;
  errors: Partial<Record<DraftField, string>>;
  onChange: (patch: Partial<Draft>, field: DraftField) => void;
  autoFocus?: boolean;
}

/** The requisites and fields of a client, shared by the create form and the card's edit form. */
export function ClientFields({ draft, errors, onChange, autoFocus }: Props) {
  const { t } = useTranslation();
  const text = (key: keyof Draft & string, field: DraftField, extra: { type?: string; required?: boolean; autoFocus?: boolean } = {}) => (
    <TextInput
      label={t(`clients.field.${key}`)}
      value={draft[key] as string}
      onChange={(e) => onChange({ [key]: e.currentTarget.value }, field)}
      error={errors[field]}
      data-testid={`client-${key}`}
      {...extra}
    />
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {text('name', 'name', { required: true, autoFocus })}
      <Select
        label={t('clients.field.kind')}
        data={kinds.map((k) => ({ value: k, label: t(`clients.kind.${k}`) }))}
        value={draft.kind}
        onChange={(v) => v && onChange({ kind: v as Draft['kind'] }, 'kind')}
        allowDeselect={false}
        error={errors.kind}
        data-testid="client-kind"
      />
      {text('legalName', 'legalName')}
      {text('taxId', 'taxId')}
      {text('phone', 'phones', { type: 'tel' })}
      {text('email', 'emails', { type: 'email' })}
      {text('address', 'addresses')}
      {text('website', 'website', { type: 'url' })}
      {text('industry', 'industry')}
      {text('region', 'region')}
      {text('source', 'source')}
      <Select
        label={t('clients.field.status')}
        data={statuses.map((s) => ({ value: s, label: t(`clients.status.${s}`) }))}
        value={draft.status}
        onChange={(v) => v && onChange({ status: v as Draft['status'] }, 'status')}
        allowDeselect={false}
        error={errors.status}
        data-testid="client-status"
      />
      <TagsInput label={t('clients.field.tags')} value={draft.tags} onChange={(tags) => onChange({ tags }, 'tags')} error={errors.tags} data-testid="client-tags" />
    </SimpleGrid>
  );
}
