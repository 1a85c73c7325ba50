import { Injectable } from '@nestjs/common';
import { canAssignRole, Role } from '@shopdesk/shared';
import { IsNull } from 'typeorm';
import { TenantContext } from '../../platform/context/tenant-context';
import { randomSecret, sha256Hex } from '../../platform/crypto/secrets';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { ForbiddenError, NotFoundError, UnauthenticatedError, UserInputError } from '../../platform/graphql/app-errors';
import { TenantService } from '../tenancy/tenant.service';
import { normalizeEmail, Session } from './auth.service';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { PasswordService } from './password.service';
import { RefreshTokenService } from './refresh-token.service';
import { TokenService } from './token.service';
import { User } from './user.entity';

export interface Member {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  joinedAt: Date;
}

const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

@Injectable()
export class TeamService {
  constructor(
    private readonly data: TenantDataService,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly refreshTokens: RefreshTokenService,
    private readonly tenants: TenantService,
  ) {}

  async me(ctx: TenantContext): Promise<Member> {
    if (ctx.actor.kind !== 'staff') throw new ForbiddenError('Only staff members have a profile');
    return this.member(ctx, ctx.actor.userId);
  }

  async members(ctx: TenantContext): Promise<Member[]> {
    const memberships = await this.data.repo(ctx, Membership).find({ order: { createdAt: 'ASC' } });
    if (!memberships.length) return [];
    const users = await this.data.global(ctx, User).findBy(memberships.map((m) => ({ id: m.userId })));
    const byId = new Map(users.map((u) => [u.id, u]));
    return memberships.flatMap((m) => {
      const user = byId.get(m.userId);
      return user ? [{ id: user.id, email: user.email, name: user.name, role: m.role, joinedAt: m.createdAt }] : [];
    });
  }

  async member(ctx: TenantContext, userId: string): Promise<Member> {
    const membership = await this.data.repo(ctx, Membership).findOneBy({ userId });
    const user = membership ? await this.data.global(ctx, User).findOneBy({ id: userId }) : null;
    if (!membership || !user) throw new NotFoundError('Team member');
    return { id: user.id, email: user.email, name: user.name, role: membership.role, joinedAt: membership.createdAt };
  }

  /** Invites someone by email; the token is returned once (the link to send them). */
  async invite(ctx: TenantContext, email: string, role: Role): Promise<{ invitation: Invitation; token: string }> {
    this.assertCanAssign(ctx, role);
    const normalized = normalizeEmail(email);
    const existing = await this.data.global(ctx, User).findOneBy({ email: normalized });
    if (existing && (await this.data.repo(ctx, Membership).findOneBy({ userId: existing.id }))) {
      throw new UserInputError('This person is already on the team', { email: ['already a member'] });
    }
    const token = randomSecret(32);
    const invitation = await this.data.repo(ctx, Invitation).insert({
      email: normalized,
      role,
      tokenHash: sha256Hex(token),
      invitedBy: ctx.actor.kind === 'staff' ? ctx.actor.userId : '00000000-0000-0000-0000-000000000000',
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      acceptedAt: null,
      revokedAt: null,
    });
    return { invitation, token };
  }

  invitations(ctx: TenantContext): Promise<Invitation[]> {
    return this.data.repo(ctx, Invitation).find({ where: { acceptedAt: IsNull(), revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  async revokeInvitation(ctx: TenantContext, id: string): Promise<void> {
    const changed = await this.data.repo(ctx, Invitation).update({ id, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!changed) throw new NotFoundError('Invitation');
  }

  /**
   * Accepts an invitation. A new person sets a password; someone who already has a login proves
   * it with their current password. Either way they join with the invited role and are signed in.
   */
  async accept(ctx: TenantContext, input: { token: string; password: string; name?: string }): Promise<Session> {
    return this.data.transaction(ctx, async (tx) => {
      // The invitation token is the only credential here; it names the store.
      const invitations = this.data.global(tx, Invitation);
      const invitation = await invitations.findOneBy({ tokenHash: sha256Hex(input.token), acceptedAt: IsNull(), revokedAt: IsNull() });
      if (!invitation || invitation.expiresAt.getTime() < Date.now()) {
        throw new UserInputError('This invitation is invalid or has expired. Ask for a new one.');
      }
      const tenantCtx = tx.forTenant(invitation.tenantId);
      const users = this.data.global(tx, User);
      let user = await users.findOneBy({ email: invitation.email });
      if (user) {
        if (!(await this.passwords.verify(user.passwordHash, input.password))) throw new UnauthenticatedError('Incorrect password');
      } else {
        user = await users.save(users.create({ email: invitation.email, name: input.name ?? null, passwordHash: await this.passwords.hash(input.password) }));
      }
      const claimed = await invitations.update({ id: invitation.id, acceptedAt: IsNull() }, { acceptedAt: new Date() });
      if (!claimed.affected) throw new UserInputError('This invitation was already used');
      await this.data.repo(tenantCtx, Membership).insert({ userId: user.id, role: invitation.role });
      const tenant = await this.tenants.current(tenantCtx);
      const refresh = await this.refreshTokens.issue(tenantCtx, user.id);
      const accessToken = this.tokens.signStaff({ sub: user.id, tid: tenant.id, role: invitation.role, sid: refresh.familyId });
      return { accessToken, expiresIn: this.tokens.accessTtlSeconds, refresh, user, role: invitation.role, tenant };
    });
  }

  async changeRole(ctx: TenantContext, userId: string, role: Role): Promise<Member> {
    return this.data.transaction(ctx, async (tx) => {
      const target = await this.member(tx, userId);
      this.assertCanAssign(tx, role);
      this.assertCanAssign(tx, target.role);
      if (target.role === Role.OWNER && role !== Role.OWNER) await this.assertAnotherOwner(tx, userId);
      await this.data.repo(tx, Membership).update({ userId }, { role });
      return { ...target, role };
    });
  }

  async remove(ctx: TenantContext, userId: string): Promise<void> {
    await this.data.transaction(ctx, async (tx) => {
      const target = await this.member(tx, userId);
      this.assertCanAssign(tx, target.role);
      if (target.role === Role.OWNER) await this.assertAnotherOwner(tx, userId);
      await this.data.repo(tx, Membership).delete({ userId });
      await this.refreshTokens.revokeAllForUser(tx, userId);
    });
  }

  private assertCanAssign(ctx: TenantContext, role: Role): void {
    const actorRole = ctx.actor.kind === 'staff' ? ctx.actor.role : null;
    if (!actorRole || !canAssignRole(actorRole, role)) throw new ForbiddenError(`Your role cannot manage ${role} members`);
  }

  private async assertAnotherOwner(ctx: TenantContext, userId: string): Promise<void> {
    const owners = await this.data.repo(ctx, Membership).find({ where: { role: Role.OWNER } });
    if (!owners.some((o) => o.userId !== userId)) throw new UserInputError('A store needs at least one owner');
  }
}
