import { valueText, type Translate } from './labels.ts';
import type { Sheet } from './workbook.ts';

/** An account as the users screen lists it. */
export interface AccountRow {
  displayName: string;
  email: string;
  roles: string[];
  teamId: number | null;
  locale: string | null;
  active: boolean;
}

/** Every account for an admin's audit: who, which roles (in words), team, language, whether they may log in. */
export function accountSheets(rows: AccountRow[], teams: Map<number, string>, t: Translate): Sheet[] {
  return [
    {
      name: t('users'),
      columns: [
        { header: t('name'), key: 'name', width: 26 },
        { header: t('email'), key: 'email', width: 30 },
        { header: t('roles'), key: 'roles', width: 34 },
        { header: t('team'), key: 'team', width: 20 },
        { header: t('language'), key: 'language', width: 10 },
        { header: t('activeAccount'), key: 'active', width: 10 },
      ],
      rows: rows.map((a) => ({
        name: a.displayName,
        email: a.email,
        roles: a.roles.map((code) => valueText(t, 'role', code)).join(', '),
        team: a.teamId ? (teams.get(a.teamId) ?? `#${a.teamId}`) : null,
        language: a.locale,
        active: a.active ? t('yes') : t('no'),
      })),
    },
  ];
}

/** Process keys with their versions, for a process owner's overview. */
export function processSheets(rows: { key: string; name: string; activeVersion?: number | null; latestVersion: number }[], t: Translate): Sheet[] {
  return [
    {
      name: t('processes'),
      columns: [
        { header: t('process'), key: 'name', width: 32 },
        { header: t('processKey'), key: 'key', width: 22 },
        { header: t('activeVersion'), key: 'active', width: 14 },
        { header: t('versions'), key: 'versions', width: 10 },
      ],
      rows: rows.map((d) => ({ name: d.name || d.key, key: d.key, active: d.activeVersion ?? null, versions: d.latestVersion })),
    },
  ];
}
