import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { API_BASE } from '../api/client';

/**
 * Downloads the table beside it as XLSX: the same endpoint and filters as the screen, with
 * `format=xlsx`. A plain link, so the browser saves the file with the server's name and the
 * session cookie goes along.
 */
export function ExportXlsxButton({ path, testId }: { path: string; testId: string }) {
  const { t } = useTranslation();
  const href = `${API_BASE}${path}${path.includes('?') ? '&' : '?'}format=xlsx`;
  return (
    <Button component="a" href={href} download variant="default" size="xs" data-testid={testId}>
      {t('export.xlsx')}
    </Button>
  );
}
