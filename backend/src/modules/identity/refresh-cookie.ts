import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppConfig } from '../../platform/config/app-config';
import { IssuedRefreshToken } from './refresh-token.service';

export const REFRESH_COOKIE = 'sd_rt';

/** The refresh token lives only in an httpOnly, SameSite=Strict cookie scoped to the API path. */
@Injectable()
export class RefreshCookie {
  constructor(private readonly config: AppConfig) {}

  set(req: Request, res: Response, token: IssuedRefreshToken): void {
    res.cookie(REFRESH_COOKIE, token.value, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.secure(req),
      path: '/graphql',
      expires: token.expiresAt,
    });
  }

  clear(req: Request, res: Response): void {
    res.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', secure: this.secure(req), path: '/graphql' });
  }

  read(req: Request): string | undefined {
    const value = (req.cookies as Record<string, string> | undefined)?.[REFRESH_COOKIE];
    return typeof value === 'string' && value.length < 200 ? value : undefined;
  }

  private secure(req: Request): boolean {
    return req.secure || this.config.PUBLIC_URL?.startsWith('https://') === true;
  }
}
