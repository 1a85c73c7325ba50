import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { Allow } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { ChangeMemberRoleInput, CreatedInvitation, InvitationType, InviteMemberInput } from './dto/team.types';
import { UserType } from './dto/user.type';
import { TeamService } from './team.service';

@Resolver()
export class TeamResolver {
  constructor(private readonly team: TeamService) {}

  @Query(() => [UserType])
  @Allow(Permission.TEAM_READ)
  members(@Ctx() ctx: TenantContext): Promise<UserType[]> {
    return this.team.members(ctx);
  }

  @Query(() => [InvitationType])
  @Allow(Permission.TEAM_MANAGE)
  invitations(@Ctx() ctx: TenantContext): Promise<InvitationType[]> {
    return this.team.invitations(ctx);
  }

  @Mutation(() => CreatedInvitation)
  @Allow(Permission.TEAM_MANAGE)
  inviteMember(@Ctx() ctx: TenantContext, @Args('input') input: InviteMemberInput): Promise<CreatedInvitation> {
    return this.team.invite(ctx, input.email, input.role);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.TEAM_MANAGE)
  async revokeInvitation(@Ctx() ctx: TenantContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<boolean> {
    await this.team.revokeInvitation(ctx, id);
    return true;
  }

  @Mutation(() => UserType)
  @Allow(Permission.TEAM_MANAGE)
  changeMemberRole(@Ctx() ctx: TenantContext, @Args('input') input: ChangeMemberRoleInput): Promise<UserType> {
    return this.team.changeRole(ctx, input.userId, input.role);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.TEAM_MANAGE)
  async removeMember(@Ctx() ctx: TenantContext, @Args('userId', { type: () => ID }, ParseUUIDPipe) userId: string): Promise<boolean> {
    await this.team.remove(ctx, userId);
    return true;
  }
}
