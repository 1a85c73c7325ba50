import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Permission, ROLE_PERMISSIONS, Role } from '@shopdesk/shared';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, of } from 'rxjs';
import { AuthSession } from '../core/auth/auth-session';
import type { ConfirmData } from '../shared/confirm-dialog';
import { SettingsFeedback } from '../settings/settings-feedback';
import { CHANGE_MEMBER_ROLE, INVITATIONS, MEMBERS, REMOVE_MEMBER, REVOKE_INVITATION, type Invitation, type RoleName, type TeamMember } from './team.graphql';
import { InviteMemberDialog } from './invite-member-dialog';
import { assignableRoles, ROLE_LABELS } from './team-roles';

/** The store's staff and pending invitations; roles, removals and invitations for those who manage the team. */
@Component({
  selector: 'sd-team-page',
  imports: [DatePipe, MatButtonModule, MatIconModule, MatProgressBarModule, MatSelectModule],
  templateUrl: './team-page.html',
  styleUrls: ['../settings/settings-section.scss', './team-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamPage {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly feedback = inject(SettingsFeedback);
  private readonly session = inject(AuthSession);

  protected readonly labels = ROLE_LABELS;
  protected readonly me = computed(() => this.session.user());
  protected readonly canManage = computed(() => {
    const role = this.me()?.role;
    return !!role && ROLE_PERMISSIONS[Role[role]].includes(Permission.TEAM_MANAGE);
  });
  protected readonly grantable = computed(() => (this.canManage() ? assignableRoles(this.me()?.role ?? null) : []));

  protected readonly members = rxResource({
    stream: () => this.apollo.query({ query: MEMBERS, fetchPolicy: 'network-only' }).pipe(map((r) => r.data!.members)),
  });
  protected readonly invitations = rxResource({
    params: () => this.canManage(),
    stream: ({ params: allowed }) =>
      allowed ? this.apollo.query({ query: INVITATIONS, fetchPolicy: 'network-only' }).pipe(map((r) => r.data!.invitations)) : of([]),
  });

  /** A member's role can be changed by someone who could have granted it; the server also keeps one owner. */
  protected canChange(member: TeamMember): boolean {
    return member.id !== this.me()?.id && this.grantable().includes(member.role);
  }

  protected async changeRole(member: TeamMember, role: RoleName): Promise<void> {
    if (role === member.role) return;
    await this.feedback.attempt(
      () => firstValueFrom(this.apollo.mutate({ mutation: CHANGE_MEMBER_ROLE, variables: { input: { userId: member.id, role } } })),
      `${member.name ?? member.email} is now ${ROLE_LABELS[role]}`,
      'The role wasn’t changed. Check your connection and try again.',
    );
    this.members.reload();
  }

  protected async remove(member: TeamMember): Promise<void> {
    const who = member.name ?? member.email;
    const data: ConfirmData = { title: `Remove ${who}?`, body: `${who} loses access to this store at once. You can invite them again later.`, confirm: 'Remove' };
    if (!(await this.feedback.confirm(data))) return;
    await this.feedback.attempt(
      () => firstValueFrom(this.apollo.mutate({ mutation: REMOVE_MEMBER, variables: { userId: member.id } })),
      `${who} removed`,
      'They weren’t removed. Check your connection and try again.',
    );
    this.members.reload();
  }

  protected async invite(): Promise<void> {
    const created = await firstValueFrom(
      this.dialog.open<InviteMemberDialog, readonly RoleName[], boolean>(InviteMemberDialog, { data: this.grantable() }).afterClosed(),
    );
    if (created) this.invitations.reload();
  }

  protected async revoke(invitation: Invitation): Promise<void> {
    const data: ConfirmData = { title: `Revoke the invitation for ${invitation.email}?`, body: 'Their join link stops working.', confirm: 'Revoke' };
    if (!(await this.feedback.confirm(data))) return;
    await this.feedback.attempt(
      () => firstValueFrom(this.apollo.mutate({ mutation: REVOKE_INVITATION, variables: { id: invitation.id } })),
      'Invitation revoked',
      'The invitation wasn’t revoked. Check your connection and try again.',
    );
    this.invitations.reload();
  }
}
