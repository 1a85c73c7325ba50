import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Role } from '@shopdesk/shared';
import { AppConfig } from '../../platform/config/app-config';
import { UnauthenticatedError } from '../../platform/graphql/app-errors';

const ISSUER = 'shopdesk';
export const STAFF_AUDIENCE = 'shopdesk:staff';
export const VISITOR_AUDIENCE = 'shopdesk:visitor';

export interface StaffClaims {
  sub: string;
  tid: string;
  role: Role;
  /** The refresh-token family of this login session, so logout ends access tokens too. */
  sid: string;
}

export interface VisitorClaims {
  sub: string;
  tid: string;
}

export type VerifiedToken = { audience: 'staff'; claims: StaffClaims } | { audience: 'visitor'; claims: VisitorClaims };

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  get accessTtlSeconds(): number {
    return this.config.ACCESS_TOKEN_TTL_SECONDS;
  }

  signStaff(claims: StaffClaims): string {
    return this.jwt.sign({ ...claims }, { audience: STAFF_AUDIENCE, issuer: ISSUER, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS });
  }

  signVisitor(claims: VisitorClaims): string {
    return this.jwt.sign({ ...claims }, { audience: VISITOR_AUDIENCE, issuer: ISSUER, expiresIn: this.config.VISITOR_TOKEN_TTL_SECONDS });
  }

  verify(token: string): VerifiedToken {
    let payload: Record<string, unknown>;
    try {
      payload = this.jwt.verify(token, { issuer: ISSUER, algorithms: ['HS256'] });
    } catch {
      throw new UnauthenticatedError('Your session has expired. Please sign in again.');
    }
    if (typeof payload.sub !== 'string' || typeof payload.tid !== 'string') throw new UnauthenticatedError();
    if (payload.aud === STAFF_AUDIENCE && typeof payload.sid === 'string' && typeof payload.role === 'string') {
      return { audience: 'staff', claims: { sub: payload.sub, tid: payload.tid, sid: payload.sid, role: payload.role as Role } };
    }
    if (payload.aud === VISITOR_AUDIENCE) return { audience: 'visitor', claims: { sub: payload.sub, tid: payload.tid } };
    throw new UnauthenticatedError();
  }

  /** Visitor tokens from localStorage may be stale or from another store: answer null instead of throwing. */
  tryVerifyVisitor(token: string): VisitorClaims | null {
    try {
      const verified = this.verify(token);
      return verified.audience === 'visitor' ? verified.claims : null;
    } catch {
      return null;
    }
  }
}
