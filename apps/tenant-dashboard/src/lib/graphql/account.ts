import { gql, type TypedDocumentNode } from '@apollo/client';

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const API_KEY_FIELDS = 'id name prefix createdAt lastUsedAt revokedAt';

export const API_KEYS: TypedDocumentNode<{ apiKeys: ApiKey[] }> = gql`
  query ApiKeys {
    apiKeys { ${API_KEY_FIELDS} }
  }
`;

export const CREATE_API_KEY: TypedDocumentNode<
  { createApiKey: { secret: string; apiKey: ApiKey } },
  { name: string }
> = gql`
  mutation CreateApiKey($name: String!) {
    createApiKey(input: { name: $name }) { secret apiKey { ${API_KEY_FIELDS} } }
  }
`;

export const REVOKE_API_KEY: TypedDocumentNode<{ revokeApiKey: ApiKey }, { id: string }> = gql`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) { ${API_KEY_FIELDS} }
  }
`;

export const CHANGE_PASSWORD: TypedDocumentNode<
  { changePassword: boolean },
  { currentPassword: string; newPassword: string }
> = gql`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword })
  }
`;
