import { useQuery } from '@apollo/client/react';
import { FEATURE_FLAGS } from './graphql/feature-flags.ts';

// Platform administrators switch flags in the admin portal; a page picks a change up within this.
const REFRESH_MS = 30_000;

/** Whether a feature is on in a workspace; on until the graph says otherwise. */
export function useFeatureFlag(workspaceId: string, key: string): boolean {
  const { data } = useQuery(FEATURE_FLAGS, {
    variables: { workspaceId },
    pollInterval: REFRESH_MS,
  });
  return data?.featureFlags.find((flag) => flag.key === key)?.enabled ?? true;
}
