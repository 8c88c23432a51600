import { NavLink, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, useLocation } from 'react-router';
import type { User } from '../api/types';
import { comingSoon, screens, visibleTo } from '../screens';

export function MainNav({ user }: { user: User }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items = screens.filter((s) => s.nav).filter(visibleTo(user));
  const built = new Set(items.map((s) => s.nav));
  const active = (path: string) => (path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`));
  return (
    <nav aria-label={t('nav.label')}>
      {items.map((s) => (
        <NavLink key={s.path} component={RouterLink} to={s.path} label={t(`nav.${s.nav}`)} active={active(s.path)} rightSection={s.badge ? <s.badge /> : undefined} data-testid={`nav-${s.nav}`} />
      ))}
      {comingSoon
        .filter((item) => !built.has(item))
        .map((item) => (
          <Tooltip key={item} label={t('nav.comingSoon')} position="right" withArrow>
            {/* A disabled link gets no mouse events, so the tooltip hangs on a wrapper. */}
            <div data-testid={`nav-${item}`} tabIndex={0} aria-disabled="true">
              <NavLink component="button" label={t(`nav.${item}`)} disabled tabIndex={-1} />
            </div>
          </Tooltip>
        ))}
    </nav>
  );
}
