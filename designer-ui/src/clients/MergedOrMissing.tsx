import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { api } from '../api/client';
import { LoadingPage } from '../pages/LoadingPage';
import { NotFoundPage } from '../pages/NotFoundPage';

/**
 * A card that is not there may have been merged: the API then redirects the record to the
 * survivor (308), so old links and bookmarks land on the remaining client.
 */
export function MergedOrMissing({ id }: { id: number }) {
  const { t } = useTranslation();
  const [survivor, setSurvivor] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    const abort = new AbortController();
    api
      .get<{ id: number }>(`/counterparties/${id}`, { signal: abort.signal })
      .then((found) => setSurvivor(found.id === id ? null : found.id))
      .catch(() => {
        if (!abort.signal.aborted) setSurvivor(null);
      });
    return () => abort.abort();
  }, [id]);
  if (survivor === undefined) return <LoadingPage label={t('app.loading')} />;
  if (survivor === null) return <NotFoundPage />;
  return <Navigate to={`/clients/${survivor}`} replace />;
}
