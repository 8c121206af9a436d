import { graphql } from './generated/gql.ts';
import type {
  InvitationFieldsFragment,
  MemberFieldsFragment,
  WorkspaceRole,
} from './generated/graphql.ts';

export type Role = WorkspaceRole;
const RANK: Record<Role, number> = { VIEWER: 0, EDITOR: 1, ADMIN: 2, OWNER: 3 };

/** True when `role` is at least `needed` (owner > admin > editor > viewer). */
export function roleAtLeast(role: Role | undefined, needed: Role): boolean {
  return role !== undefined && RANK[role] >= RANK[needed];
}

export const ROLE_LABELS: Record<Role, string> = {
  OWNER: 'Owner',
  ADMIN: 'Admin',
  EDITOR: 'Editor',
  VIEWER: 'Viewer',
};

export type Member = MemberFieldsFragment;
export type Invitation = InvitationFieldsFragment;

export const WORKSPACE_SUMMARY_FIELDS = graphql(`
  fragment WorkspaceSummaryFields on Workspace {
    id
    name
    role
  }
`);

export const MY_WORKSPACES = graphql(`
  query MyWorkspaces {
    me {
      id
      email
      name
      workspaces {
        ...WorkspaceSummaryFields
      }
    }
  }
`);

export const WORKSPACE_BASES = graphql(`
  query WorkspaceBases($id: ID!) {
    workspace(id: $id) {
      ...WorkspaceSummaryFields
      bases {
        id
        name
        sync {
          state
          lastSyncedAt
        }
        tables {
          id
          name
          recordCount
        }
      }
    }
  }
`);

export const CREATE_WORKSPACE = graphql(`
  mutation CreateWorkspace($name: String!) {
    createWorkspace(input: { name: $name }) {
      ...WorkspaceSummaryFields
    }
  }
`);

export const MEMBER_FIELDS = graphql(`
  fragment MemberFields on Member {
    role
    joinedAt
    user {
      id
      email
      name
    }
  }
`);

export const INVITATION_FIELDS = graphql(`
  fragment InvitationFields on Invitation {
    id
    email
    role
    createdAt
    expiresAt
  }
`);

export const WORKSPACE_MEMBERS = graphql(`
  query WorkspaceMembers($id: ID!) {
    workspace(id: $id) {
      ...WorkspaceSummaryFields
      members {
        ...MemberFields
      }
      invitations {
        ...InvitationFields
      }
    }
  }
`);

export const INVITE_MEMBER = graphql(`
  mutation InviteMember($workspaceId: ID!, $email: String!, $role: WorkspaceRole!) {
    inviteMember(input: { workspaceId: $workspaceId, email: $email, role: $role }) {
      token
      emailSent
      invitation {
        ...InvitationFields
      }
    }
  }
`);

export const REVOKE_INVITATION = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
    }
  }
`);

export const CHANGE_MEMBER_ROLE = graphql(`
  mutation ChangeMemberRole($workspaceId: ID!, $userId: ID!, $role: WorkspaceRole!) {
    changeMemberRole(input: { workspaceId: $workspaceId, userId: $userId, role: $role }) {
      ...MemberFields
    }
  }
`);

export const REMOVE_MEMBER = graphql(`
  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {
    removeMember(input: { workspaceId: $workspaceId, userId: $userId })
  }
`);

export const INVITATION_PREVIEW = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      workspaceName
      email
      role
      expiresAt
    }
  }
`);

export const ACCEPT_INVITATION = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      ...WorkspaceSummaryFields
    }
  }
`);
