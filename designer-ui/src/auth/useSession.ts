import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api/client';
import type { ApiResponse, Session, User } from '../api/types';
import { changeLanguage, isLanguage } from '../i18n';
import { browserTimeZone, setDisplayTimeZone } from '../i18n/format';

export type SessionState =
  | { kind: 'loading' }
  | { kind: 'unavailable'; error: unknown }
  | { kind: 'setup' }
  | { kind: 'login'; notice?: 'setupAlreadyDone' }
  | { kind: 'ready'; user: User };

export interface SetupInput {
  email: string;
  displayName: string;
  password: string;
}

async function adoptBrowserZone(): Promise<User | null> {
  try {
    return await api.patch<User>('/auth/me', { timeZone: browserTimeZone() });
  } catch {
    // The zone stays unset: times show in the browser's zone, the server's notices in UTC.
    return null;
  }
}

/** Where the visitor stands: first run, logged out, or logged in; plus the actions that move between them. */
export function useSession() {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });

  const enter = useCallback((user: User) => {
    // The language and zone picked on the account follow the user to every browser.
    if (isLanguage(user.locale)) changeLanguage(user.locale);
    setDisplayTimeZone(user.timeZone);
    setState({ kind: 'ready', user });
    // The first administrator comes from setup, not login: their first visit saves this browser's zone.
    if (!user.timeZone) {
      void adoptBrowserZone().then((saved) => {
        if (!saved) return;
        setDisplayTimeZone(saved.timeZone);
        setState({ kind: 'ready', user: saved });
      });
    }
  }, []);

  const check = useCallback(async () => {
    setState({ kind: 'loading' });
    try {
      const { needed } = await api.get<{ needed: boolean }>('/setup');
      if (needed) return setState({ kind: 'setup' });
      // A visitor without a session is an answer (user null), not a 401 in the browser's console.
      const { user } = await api.get<ApiResponse<'/api/v1/auth/session'>>('/auth/session');
      if (user) enter(user);
      else setState({ kind: 'login' });
    } catch (error) {
      setState({ kind: 'unavailable', error });
    }
  }, [enter]);

  useEffect(() => {
    void check();
  }, [check]);

  /** Throws ApiError (wrong password, invalid fields) for the form to show. */
  const login = useCallback(
    async (email: string, password: string) => {
      const session = await api.post<Session>('/auth/login', { email, password, timeZone: browserTimeZone() });
      enter(session.user);
    },
    [enter],
  );

  /** Creates the first administrator; if someone else was faster, sends the visitor to the login form. */
  const setup = useCallback(
    async (input: SetupInput) => {
      try {
        const session = await api.post<Session>('/setup', input);
        enter(session.user);
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) setState({ kind: 'login', notice: 'setupAlreadyDone' });
        else throw error;
      }
    },
    [enter],
  );

  const logout = useCallback(async () => {
    try {
      await api.post<void>('/auth/logout');
    } catch {
      // The server is unreachable; the cookie then outlives this page, but the screen still logs out.
    }
    setState({ kind: 'login' });
  }, []);

  /** The account changed (a preference saved): show it everywhere. */
  const update = useCallback((user: User) => enter(user), [enter]);

  return { state, retry: check, login, setup, logout, update };
}
