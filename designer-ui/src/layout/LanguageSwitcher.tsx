import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { changeLanguage, isLanguage, LANGUAGES, type Language } from '../i18n';

/** Saves the choice on the account, so every browser the user logs in from speaks it. */
async function rememberForAccount(language: Language) {
  try {
    await api.patch('/auth/me', { locale: language });
  } catch {
    // Offline or the session ended: the choice still holds in this browser.
  }
}

/**
 * Picks the UI language; the choice is remembered in this browser and, once logged in
 * (`account`), on the user's account.
 */
export function LanguageSwitcher({ testId = 'language-switcher', account = false }: { testId?: string; account?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      data-testid={testId}
      size="xs"
      w={{ base: 110, sm: 130 }}
      value={i18n.resolvedLanguage ?? 'en'}
      data={LANGUAGES.map((l) => ({ value: l.code, label: l.name }))}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (!isLanguage(value)) return;
        changeLanguage(value);
        if (account) void rememberForAccount(value);
      }}
    />
  );
}
