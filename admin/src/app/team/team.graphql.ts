import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Role } from '@shopdesk/shared';

export type RoleName = keyof typeof Role;

export interface TeamMember {
  readonly id: string;
  readonly email: string;
  readonly name: string | null;
  readonly role: RoleName;
  readonly joinedAt: string | null;
}

export interface Invitation {
  readonly id: string;
  readonly email: string;
  readonly role: RoleName;
  readonly expiresAt: string;
  readonly createdAt: string;
}

const MEMBER_FIELDS = gql`
  fragment TeamMemberFields on User {
    id
    email
    name
    role
    joinedAt
  }
`;

const INVITATION_FIELDS = gql`
  fragment InvitationFields on Invitation {
    id
    email
    role
    expiresAt
    createdAt
  }
`;

export const MEMBERS: TypedDocumentNode<{ readonly members: readonly TeamMember[] }, Record<string, never>> = gql`
  query TeamMembers {
    members {
      ...TeamMemberFields
    }
  }
  ${MEMBER_FIELDS}
`;

export const INVITATIONS: TypedDocumentNode<{ readonly invitations: readonly Invitation[] }, Record<string, never>> = gql`
  query Invitations {
    invitations {
      ...InvitationFields
    }
  }
  ${INVITATION_FIELDS}
`;

export const INVITE_MEMBER: TypedDocumentNode<
  { readonly inviteMember: { readonly token: string; readonly invitation: Invitation } },
  { readonly input: { readonly email: string; readonly role: RoleName } }
> = gql`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      token
      invitation {
        ...InvitationFields
      }
    }
  }
  ${INVITATION_FIELDS}
`;

export const REVOKE_INVITATION: TypedDocumentNode<{ readonly revokeInvitation: boolean }, { readonly id: string }> = gql`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`;

export const CHANGE_MEMBER_ROLE: TypedDocumentNode<
  { readonly changeMemberRole: TeamMember },
  { readonly input: { readonly userId: string; readonly role: RoleName } }
> = gql`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      ...TeamMemberFields
    }
  }
  ${MEMBER_FIELDS}
`;

export const REMOVE_MEMBER: TypedDocumentNode<{ readonly removeMember: boolean }, { readonly userId: string }> = gql`
  mutation RemoveMember($userId: ID!) {
    removeMember(userId: $userId)
  }
`;

export const ACCEPT_INVITATION: TypedDocumentNode<
  { readonly acceptInvitation: { readonly accessToken: string } },
  { readonly input: { readonly token: string; readonly password: string; readonly name: string | null } }
> = gql`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      accessToken
    }
  }
`;
