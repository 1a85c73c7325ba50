import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import type { Request, Response } from 'express';
import { Allow, Public } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { AuthService, Session } from './auth.service';
import { AuthPayload } from './dto/auth-payload.type';
import { LoginInput } from './dto/login.input';
import { SignUpInput } from './dto/sign-up.input';
import { AcceptInvitationInput } from './dto/team.types';
import { UserType } from './dto/user.type';
import { RefreshCookie } from './refresh-cookie';
import { TeamService } from './team.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly team: TeamService,
    private readonly cookie: RefreshCookie,
  ) {}

  @Mutation(() => AuthPayload, { description: 'Creates a store and its owner, and signs the owner in.' })
  @Public()
  async signUp(@Ctx() ctx: TenantContext, @Args('input') input: SignUpInput, @Context('req') req: Request, @Context('res') res: Response): Promise<AuthPayload> {
    return this.respond(req, res, await this.auth.signUp(ctx, input));
  }

  @Mutation(() => AuthPayload)
  @Public()
  async login(@Ctx() ctx: TenantContext, @Args('input') input: LoginInput, @Context('req') req: Request, @Context('res') res: Response): Promise<AuthPayload> {
    return this.respond(req, res, await this.auth.login(ctx, input));
  }

  @Mutation(() => AuthPayload, { description: 'Exchanges the refresh cookie for a new access token, rotating the cookie.' })
  @Public()
  async refreshToken(@Ctx() ctx: TenantContext, @Context('req') req: Request, @Context('res') res: Response): Promise<AuthPayload> {
    try {
      return this.respond(req, res, await this.auth.refresh(ctx, this.cookie.read(req)));
    } catch (error) {
      this.cookie.clear(req, res);
      throw error;
    }
  }

  @Mutation(() => Boolean, { description: 'Ends this login session everywhere it is used.' })
  @Public()
  async logout(@Ctx() ctx: TenantContext, @Context('req') req: Request, @Context('res') res: Response): Promise<boolean> {
    await this.auth.logout(ctx, this.cookie.read(req));
    this.cookie.clear(req, res);
    return true;
  }

  @Mutation(() => AuthPayload, { description: 'Joins a store with an invitation token.' })
  @Public()
  async acceptInvitation(@Ctx() ctx: TenantContext, @Args('input') input: AcceptInvitationInput, @Context('req') req: Request, @Context('res') res: Response): Promise<AuthPayload> {
    return this.respond(req, res, await this.team.accept(ctx, input));
  }

  @Query(() => UserType, { description: 'The signed-in staff member.' })
  @Allow(Permission.STORE_READ)
  me(@Ctx() ctx: TenantContext): Promise<UserType> {
    return this.team.me(ctx);
  }

  private respond(req: Request, res: Response, session: Session): AuthPayload {
    this.cookie.set(req, res, session.refresh);
    return {
      accessToken: session.accessToken,
      expiresIn: session.expiresIn,
      user: { id: session.user.id, email: session.user.email, name: session.user.name, role: session.role },
      tenant: session.tenant,
    };
  }
}
