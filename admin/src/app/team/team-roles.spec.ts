import { assignableRoles, invitationLink } from './team-roles';

describe('team roles', () => {
  it('lets owners assign every role, admins all but owner, others none', () => {
    expect(assignableRoles('OWNER')).toEqual(['OWNER', 'ADMIN', 'MANAGER', 'AGENT']);
    expect(assignableRoles('ADMIN')).toEqual(['ADMIN', 'MANAGER', 'AGENT']);
    expect(assignableRoles('MANAGER')).toEqual([]);
    expect(assignableRoles(null)).toEqual([]);
  });

  it('builds the join link under the admin with the token encoded', () => {
    expect(invitationLink('https://desk.example/admin/', 'a+b/c')).toBe('https://desk.example/admin/join?token=a%2Bb%2Fc');
  });
});
