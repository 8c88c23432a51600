import type { TFunction } from 'i18next';

/** Who deployed a version; the definitions shipped with the product are loaded by the system (id 0). */
export function deployerName(t: TFunction, by: { id: number; displayName: string | null }): string {
  if (by.displayName) return by.displayName;
  return by.id === 0 ? t('processes.system') : `#${by.id}`;
}
