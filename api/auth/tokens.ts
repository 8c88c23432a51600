import { SignJWT, errors, jwtVerify } from 'jose';
import { Problem } from '../problem.ts';

export interface SessionClaims {
  userId: number;
  roles: string[];
}

/** Signs and checks session tokens (HS256 JWT); the same key must be shared by every API node. */
export class SessionTokens {
  private readonly key: Uint8Array;

  constructor(secret: string, private readonly ttlSeconds: number) {
    this.key = new TextEncoder().encode(secret);
  }

  get lifetimeSeconds(): number {
    return this.ttlSeconds;
  }

  async issue(claims: SessionClaims): Promise<string> {
    return new SignJWT({ roles: claims.roles })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(claims.userId))
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + this.ttlSeconds)
      .sign(this.key);
  }

  async verify(token: string): Promise<SessionClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'] });
      return { userId: Number(payload.sub), roles: (payload.roles as string[]) ?? [] };
    } catch (err) {
      if (err instanceof errors.JWTExpired) {
        throw new Problem(401, 'auth.session_expired', 'Session expired', 'Log in again');
      }
      throw new Problem(401, 'auth.invalid_session', 'Invalid session', 'Log in again');
    }
  }
}
