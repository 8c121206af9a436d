'use client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { avatarColors } from '../../lib/colors.ts';
import { initials } from '../../lib/format.ts';
import { CREATE_WORKSPACE, MY_WORKSPACES, ROLE_LABELS } from '../../lib/graphql/workspaces.ts';
import { writePreference } from '../../lib/preferences.ts';
import { Icon } from '../icons.tsx';
import { Button, Dialog, ErrorMessage, TextField, useDismiss } from '../ui.tsx';

export function WorkspaceAvatar({ id, name }: { id: string; name: string }) {
  return (
    <span className="ws-avatar" style={avatarColors(id)} aria-hidden="true">
      {initials(name)}
    </span>
  );
}

/** The current workspace, and a menu to switch to another or create one. */
export function WorkspaceSwitcher({ workspaceId }: { workspaceId: string }) {
  const router = useRouter();
  const { data } = useQuery(MY_WORKSPACES);
  const [open, setOpen] = useState(false);
  const [creating, setCreating] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, ref, close);
  const workspaces = data?.me?.workspaces ?? [];
  const current = workspaces.find((w) => w.id === workspaceId);

  const go = (id: string) => {
    setOpen(false);
    writePreference('workspace', id);
    router.push(`/w/${id}`);
  };

  return (
    <div className="switcher" ref={ref}>
      <button
        type="button"
        className="switcher-button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {current ? (
          <WorkspaceAvatar id={current.id} name={current.name} />
        ) : (
          <span className="ws-avatar" />
        )}
        <span style={{ display: 'grid', minWidth: 0, flex: 1 }}>
          <span className="ws-name">{current?.name ?? 'Workspace'}</span>
          <span className="ws-role">{current ? ROLE_LABELS[current.role] : '…'}</span>
        </span>
        <Icon name="chevronDown" />
      </button>
      {open ? (
        <div
          className="menu"
          role="menu"
          aria-label="Workspaces"
          style={{ top: 'calc(100% + 6px)', left: 0, right: 0 }}
        >
          {workspaces.map((w) => (
            <button
              key={w.id}
              type="button"
              role="menuitemradio"
              aria-checked={w.id === workspaceId}
              className="menu-item"
              onClick={() => go(w.id)}
            >
              <WorkspaceAvatar id={w.id} name={w.name} />
              <span style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' }}>
                {w.name}
              </span>
              {w.id === workspaceId ? <Icon name="check" /> : null}
            </button>
          ))}
          <div className="menu-separator" />
          <button
            type="button"
            role="menuitem"
            className="menu-item"
            onClick={() => {
              setOpen(false);
              setCreating(true);
            }}
          >
            <Icon name="plus" /> New workspace
          </button>
        </div>
      ) : null}
      <CreateWorkspaceDialog open={creating} onClose={() => setCreating(false)} onCreated={go} />
    </div>
  );
}

function CreateWorkspaceDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const [name, setName] = useState('');
  const [create, { loading, error, reset }] = useMutation(CREATE_WORKSPACE, {
    refetchQueries: [{ query: MY_WORKSPACES }],
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { data } = await create({ variables: { name: name.trim() } }).catch(() => ({
      data: null,
    }));
    if (data) {
      setName('');
      onClose();
      onCreated(data.createWorkspace.id);
    }
  };
  return (
    <Dialog
      open={open}
      title="New workspace"
      onClose={() => {
        reset();
        onClose();
      }}
    >
      <form className="form" onSubmit={submit}>
        <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
        {error ? <ErrorMessage error={error} compact /> : null}
        <Button type="submit" variant="primary" busy={loading} disabled={!name.trim()}>
          Create workspace
        </Button>
      </form>
    </Dialog>
  );
}
