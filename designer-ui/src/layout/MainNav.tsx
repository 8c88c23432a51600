import { NavLink, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Screens that are planned but not built yet; shown so people see where the product is going. */
const COMING_SOON = ['inbox', 'clients', 'deals', 'processes', 'statistics'] as const;

export function MainNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.label')}>
      <NavLink label={t('nav.home')} active href="/" data-testid="nav-home" />
      {COMING_SOON.map((item) => (
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
