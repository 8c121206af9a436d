import { graphql } from './generated/gql.ts';

export const FEATURE_FLAGS = graphql(`
  query FeatureFlags($workspaceId: ID!) {
    featureFlags(workspaceId: $workspaceId) {
      key
      enabled
    }
  }
`);
