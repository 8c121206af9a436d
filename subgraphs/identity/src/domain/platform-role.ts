import type { PlatformRole } from '@pyairtable/subgraph-kit';
import type { IdentityConfig } from '../config.ts';

/** The platform role of an account: administrators are named by ADMIN_EMAILS. */
export function platformRoleOf(config: IdentityConfig, email: string): PlatformRole | null {
  return config.ADMIN_EMAILS.includes(email.toLowerCase()) ? 'ADMIN' : null;
}
