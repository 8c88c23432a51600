import { Button, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { API_BASE } from '../api/client';

type Target =
  /** A list endpoint (below /api/v1) with the screen's filters; `format=xlsx` is added. */
  | { path: string; href?: never }
  /** A ready download address, for the exports that have their own endpoint. */
  | { href: string; path?: never };

/**
 * Downloads the table beside it as XLSX: the same endpoint and filters as the screen, with
 * `format=xlsx`. A plain link, so the browser saves the file with the server's name and the
 * session cookie goes along. Every export of the app is this button, so all read alike.
 */
export function ExportXlsxButton({ testId, size = 'xs', ...target }: Target & { testId: string; size?: MantineSize }) {
  const { t } = useTranslation();
  const href = target.href ?? `${API_BASE}${target.path}${target.path!.includes('?') ? '&' : '?'}format=xlsx`;
  return (
    <Button component="a" href={href} download variant="default" size={size} data-testid={testId}>
      {t('export.xlsx')}
    </Button>
  );
}
