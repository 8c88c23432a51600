/** Shapes of the API's answers (see /api/v1/openapi.json). */

export interface User {
  id: number;
  email: string;
  displayName: string;
  /** The UI language the user picked; null until they pick one. */
  locale: string | null;
  roles: string[];
}

export interface Session {
  token: string;
  expiresAt: string;
  user: User;
}

export interface ComponentHealth {
  status: 'up' | 'down';
  version?: string;
  error?: string;
}

export interface Health {
  status: 'ok' | 'degraded';
  version: string;
  database: ComponentHealth;
  temporal: ComponentHealth & { address: string; namespace: string };
}
