'use client';
// The person's own settings: who they are, their notifications, password and personal API keys.
import { useSession } from '../providers.tsx';
import { Avatar } from '../shell/user-menu.tsx';
import { Loading } from '../ui.tsx';
import { ApiKeys } from './api-keys.tsx';
import { ChangePassword } from './change-password.tsx';
import { NotificationPreferences } from './notification-preferences.tsx';

export function AccountPage({ workspaceId: _workspaceId }: { workspaceId: string }) {
  const state = useSession();
  if (state.status !== 'signed-in') return <Loading />;
  const { user } = state.session;
  return (
    <div className="page">
      <title>Account & API keys</title>
      <div className="page-header">
        <div style={{ display: 'flex', gap: 14, alignItems: 'center' }}>
          <Avatar id={user.id} name={user.name} />
          <div>
            <h1>{user.name}</h1>
            <p>{user.email}</p>
          </div>
        </div>
      </div>
      <NotificationPreferences />
      <ApiKeys />
      <ChangePassword />
    </div>
  );
}
