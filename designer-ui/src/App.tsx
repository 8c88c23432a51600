import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { useSession } from './auth/useSession';
import { AppLayout } from './layout/AppLayout';
import { LoadingPage } from './pages/LoadingPage';
import { LoginPage } from './pages/LoginPage';
import { SetupPage } from './pages/SetupPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { UnavailablePage } from './pages/UnavailablePage';
import { screens, visibleTo } from './screens';

/** Chooses the screen: first-run setup, login, or the app itself. */
export function App() {
  const { t } = useTranslation();
  const session = useSession();
  const { state } = session;

  switch (state.kind) {
    case 'loading':
      return <LoadingPage label={t('app.loading')} />;
    case 'unavailable':
      return <UnavailablePage error={state.error} onRetry={() => void session.retry()} />;
    case 'setup':
      return <SetupPage onSetup={session.setup} />;
    case 'login':
      return <LoginPage onLogin={session.login} notice={state.notice} />;
    case 'ready':
      return (
        <AppLayout user={state.user} onLogout={() => void session.logout()} onUserChange={session.update}>
          <Routes>
            {screens.filter(visibleTo(state.user)).map((s) => (
              <Route key={s.path} path={s.path} element={s.render(state.user)} />
            ))}
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </AppLayout>
      );
  }
}
