import { gql, type TypedDocumentNode } from '@apollo/client';

export type Role = 'OWNER' | 'ADMIN' | 'EDITOR' | 'VIEWER';
export const ROLES: Role[] = ['OWNER', 'ADMIN', 'EDITOR', 'VIEWER'];
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

export interface TableSummary {
  id: string;
  name: string;
  recordCount: number;
}
export interface BaseSummary {
  id: string;
  name: string;
  tables: TableSummary[];
  sync: { state: 'PENDING' | 'SYNCING' | 'READY' | 'ERROR'; lastSyncedAt: string | null };
}
export interface WorkspaceSummary {
  id: string;
  name: string;
  role: Role;
}

export const MY_WORKSPACES: TypedDocumentNode<{
  me: { id: string; email: string; name: string; workspaces: WorkspaceSummary[] } | null;
}> = gql`
  query MyWorkspaces {
    me {
      id
      email
      name
      workspaces {
        id
        name
        role
      }
    }
  }
`;

export const WORKSPACE_BASES: TypedDocumentNode<
  { workspace: (WorkspaceSummary & { bases: BaseSummary[] }) | null },
  { id: string }
> = gql`
  query WorkspaceBases($id: ID!) {
    workspace(id: $id) {
      id
      name
      role
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
`;

export const CREATE_WORKSPACE: TypedDocumentNode<
  { createWorkspace: WorkspaceSummary },
  { name: string }
> = gql`
  mutation CreateWorkspace($name: String!) {
    createWorkspace(input: { name: $name }) {
      id
      name
      role
    }
  }
`;

export interface Member {
  role: Role;
  joinedAt: string;
  user: { id: string; email: string; name: string };
}
export interface Invitation {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
}

export const WORKSPACE_MEMBERS: TypedDocumentNode<
  {
    workspace: (WorkspaceSummary & { members: Member[]; invitations: Invitation[] }) | null;
  },
  { id: string }
> = gql`
  query WorkspaceMembers($id: ID!) {
    workspace(id: $id) {
      id
      name
      role
      members {
        role
        joinedAt
        user {
          id
          email
          name
        }
      }
      invitations {
        id
        email
        role
        createdAt
        expiresAt
      }
    }
  }
`;

export const INVITE_MEMBER: TypedDocumentNode<
  { inviteMember: { token: string; invitation: Invitation } },
  { workspaceId: string; email: string; role: Role }
> = gql`
  mutation InviteMember($workspaceId: ID!, $email: String!, $role: WorkspaceRole!) {
    inviteMember(input: { workspaceId: $workspaceId, email: $email, role: $role }) {
      token
      invitation {
        id
        email
        role
        createdAt
        expiresAt
      }
    }
  }
`;

export const REVOKE_INVITATION: TypedDocumentNode<
  { revokeInvitation: { id: string } },
  { id: string }
> = gql`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
    }
  }
`;

export const CHANGE_MEMBER_ROLE: TypedDocumentNode<
  { changeMemberRole: Member },
  { workspaceId: string; userId: string; role: Role }
> = gql`
  mutation ChangeMemberRole($workspaceId: ID!, $userId: ID!, $role: WorkspaceRole!) {
    changeMemberRole(input: { workspaceId: $workspaceId, userId: $userId, role: $role }) {
      role
      joinedAt
      user {
        id
        email
        name
      }
    }
  }
`;

export const REMOVE_MEMBER: TypedDocumentNode<
  { removeMember: boolean },
  { workspaceId: string; userId: string }
> = gql`
  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {
    removeMember(input: { workspaceId: $workspaceId, userId: $userId })
  }
`;

export const INVITATION_PREVIEW: TypedDocumentNode<
  {
    invitation: { workspaceName: string; email: string; role: Role; expiresAt: string } | null;
  },
  { token: string }
> = gql`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      workspaceName
      email
      role
      expiresAt
    }
  }
`;

export const ACCEPT_INVITATION: TypedDocumentNode<
  { acceptInvitation: WorkspaceSummary },
  { token: string }
> = gql`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      id
      name
      role
    }
  }
`;
