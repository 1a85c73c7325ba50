import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthenticatorPort } from '../../platform/context/authenticator.port';
import { JwtSecret } from '../../platform/config/jwt-secret';
import { TenancyModule } from '../tenancy/tenancy.module';
import { ApiKey } from './api-key.entity';
import { ApiKeyResolver } from './api-key.resolver';
import { ApiKeyService } from './api-key.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { IdentityAuthenticator } from './identity-authenticator';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { PasswordService } from './password.service';
import { RefreshCookie } from './refresh-cookie';
import { RefreshToken } from './refresh-token.entity';
import { RefreshTokenService } from './refresh-token.service';
import { TeamResolver } from './team.resolver';
import { TeamService } from './team.service';
import { TokenService } from './token.service';
import { User } from './user.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([User, Membership, RefreshToken, ApiKey, Invitation]),
    JwtModule.registerAsync({
      inject: [JwtSecret],
      // One key object for the process: given a string, jsonwebtoken derives a new key on every sign and verify.
      useFactory: (secret: JwtSecret) => ({ secret: createSecretKey(Buffer.from(secret.value)), signOptions: { algorithm: 'HS256' } }),
    }),
    TenancyModule,
  ],
  providers: [
    PasswordService,
    TokenService,
    RefreshTokenService,
    RefreshCookie,
    AuthService,
    ApiKeyService,
    TeamService,
    AuthResolver,
    ApiKeyResolver,
    TeamResolver,
    IdentityAuthenticator,
    { provide: AuthenticatorPort, useExisting: IdentityAuthenticator },
  ],
  exports: [AuthenticatorPort, TokenService, TeamService, AuthService, PasswordService],
})
export class IdentityModule {}
