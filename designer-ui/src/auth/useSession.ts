import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api/client';
import type { Session, User } from '../api/types';
import { changeLanguage, isLanguage } from '../i18n';

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

/** Where the visitor stands: first run, logged out, or logged in; plus the actions that move between them. */
export function useSession() {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });

  const enter = useCallback((user: User) => {
    // The language picked on the account follows the user to every browser.
    if (isLanguage(user.locale)) changeLanguage(user.locale);
    setState({ kind: 'ready', user });
  }, []);

  const check = useCallback(async () => {
    setState({ kind: 'loading' });
    try {
      const { needed } = await api.get<{ needed: boolean }>('/setup');
      if (needed) return setState({ kind: 'setup' });
      enter(await api.get<User>('/auth/me'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setState({ kind: 'login' });
      else setState({ kind: 'unavailable', error });
    }
  }, [enter]);

  useEffect(() => {
    void check();
  }, [check]);

  /** Throws ApiError (wrong password, invalid fields) for the form to show. */
  const login = useCallback(
    async (email: string, password: string) => {
      const session = await api.post<Session>('/auth/login', { email, password });
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

  return { state, retry: check, login, setup, logout };
}
