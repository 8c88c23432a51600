import { Alert, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../forms/useServerErrors';
import { AccountStatus } from './AccountStatus';
import { DeactivateSection } from './DeactivateSection';
import { roleCodes, updateAccount, type Account, type Team } from './usersApi';
import { TeamSelect } from './TeamChoices';

const FIELDS = ['displayName', 'roleCodes', 'teamId', 'locale', 'active', 'lockVersion'] as const;
const LANGUAGES = ['en', 'uk', 'ru', 'sk'] as const;

interface Props {
  account: Account;
  teams: Team[];
  /** The administrator using the screen: they cannot deactivate themselves. */
  meId: number;
  onClose: () => void;
  onSaved: (account: Account) => void;
}

/** An administrator edits a colleague's name, roles, team and language, and deactivates or reactivates them. */
export function EditUserModal({ account, teams, meId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState(() => formOf(account));
  const [busy, setBusy] = useState(false);
  const errors = useServerErrors(FIELDS);
  useEffect(() => setForm(formOf(account)), [account]);

  async function save(patch: Parameters<typeof updateAccount>[1]) {
    setBusy(true);
    errors.setError(null);
    try {
      onSaved(await updateAccount(account.id, patch));
    } catch (error) {
      errors.setError(error);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save({
      displayName: form.displayName.trim(),
      roleCodes: form.roleCodes,
      teamId: form.teamId ? Number(form.teamId) : null,
      locale: (form.locale as (typeof LANGUAGES)[number] | null) ?? null,
      lockVersion: account.lockVersion,
    });
  }

  return (
    <Modal opened onClose={onClose} title={t('users.editTitle', { name: account.displayName })} size="lg" data-testid="edit-user">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group gap="xs">
            <TextInput value={account.email} label={t('users.email')} readOnly variant="filled" w={280} />
            <AccountStatus active={account.active} />
          </Group>
          <TextInput
            label={t('users.displayName')}
            withAsterisk
            data-autofocus
            value={form.displayName}
            error={errors.byField.displayName}
            onChange={(e) => {
              const displayName = e.currentTarget.value;
              setForm((f) => ({ ...f, displayName }));
              errors.clearField('displayName');
            }}
            data-testid="edit-user-name"
          />
          <Checkbox.Group label={t('users.roles')} withAsterisk value={form.roleCodes} error={errors.byField.roleCodes && (form.roleCodes.length ? errors.byField.roleCodes : t('users.pickRole'))} onChange={(roleCodes) => setForm((f) => ({ ...f, roleCodes }))}>
            <Group gap="md" mt={6}>
              {roleCodes.map((code) => (
                <Checkbox key={code} value={code} label={t(`roleNames.${code}`)} data-testid={`edit-user-role-${code}`} />
              ))}
            </Group>
          </Checkbox.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TeamSelect options={teams} value={form.teamId} error={errors.byField.teamId} onChange={(teamId) => setForm((f) => ({ ...f, teamId }))} data-testid="edit-user-team" />
            <Select
              label={t('users.language')}
              placeholder={t('users.languageUnset')}
              clearable
              data={LANGUAGES.map((code) => ({ value: code, label: t(`users.languages.${code}`) }))}
              value={form.locale}
              error={errors.byField.locale}
              onChange={(locale) => setForm((f) => ({ ...f, locale }))}
              data-testid="edit-user-language"
            />
          </SimpleGrid>
          {(errors.formError || errors.byField.active || errors.byField.lockVersion) && (
            <Alert color="red" role="alert" data-testid="edit-user-error">
              {[errors.formError, errors.byField.active, errors.byField.lockVersion].filter(Boolean).join(' ')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('users.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="edit-user-save">
              {t('users.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <DeactivateSection account={account} isMe={account.id === meId} busy={busy} onToggle={(active) => void save({ active, lockVersion: account.lockVersion })} />
    </Modal>
  );
}

function formOf(a: Account) {
  return { displayName: a.displayName, roleCodes: a.roles, teamId: a.teamId ? String(a.teamId) : null, locale: a.locale };
}
