import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage, LANGUAGES } from '../i18n';

/** Picks the UI language; the choice is remembered in this browser. */
export function LanguageSwitcher({ testId = 'language-switcher' }: { testId?: string }) {
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
        if (isLanguage(value)) changeLanguage(value);
      }}
    />
  );
}
