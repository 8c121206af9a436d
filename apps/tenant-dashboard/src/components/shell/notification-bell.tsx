'use client';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { useCallback, useRef, useState } from 'react';
import { timeAgo } from '../../lib/format.ts';
import {
  MARK_NOTIFICATIONS_READ,
  NOTIFICATION_ADDED,
  NOTIFICATIONS,
  type NotificationItem,
} from '../../lib/graphql/notifications.ts';
import { Icon } from '../icons.tsx';
import { Button, useDismiss } from '../ui.tsx';

/** The bell: the unread count, live, and the latest notifications in a popover. */
export function NotificationBell() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, ref, close);
  const { data, refetch } = useQuery(NOTIFICATIONS, {
    variables: { first: 15 },
    fetchPolicy: 'cache-and-network',
  });
  // A new notification arrives over graphql-ws; the list and count are read again.
  useSubscription(NOTIFICATION_ADDED, { onData: () => void refetch() });
  const [markRead] = useMutation(MARK_NOTIFICATIONS_READ, {
    refetchQueries: [{ query: NOTIFICATIONS, variables: { first: 15 } }],
  });
  const unread = data?.notifications.unreadCount ?? 0;
  const items = data?.notifications.edges.map((e) => e.node) ?? [];

  const openItem = async (item: NotificationItem) => {
    setOpen(false);
    if (!item.readAt) await markRead({ variables: { ids: [item.id] } }).catch(() => undefined);
    if (item.url) router.push(item.url);
  };

  return (
    <div className="popover-anchor" ref={ref}>
      <button
        type="button"
        className="icon-btn bell-button"
        aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <Icon name="bell" size={18} />
        {unread ? (
          <span className="bell-count" data-testid="unread-count">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div
          className="menu notification-panel"
          role="dialog"
          aria-label="Notifications"
          style={{ right: 0, top: 'calc(100% + 8px)' }}
        >
          <div className="notification-panel-header">
            <strong>Notifications</strong>
            <Button
              size="small"
              variant="ghost"
              disabled={!unread}
              onClick={() => void markRead({ variables: { ids: null } }).catch(() => undefined)}
            >
              Mark all read
            </Button>
          </div>
          {items.length === 0 ? (
            <p className="muted notification-empty">
              Nothing yet. Mentions, assignments and alerts show up here.
            </p>
          ) : (
            <ul className="notification-list" aria-label="Latest notifications">
              {items.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    className={`notification-item${item.readAt ? '' : ' unread'}`}
                    onClick={() => void openItem(item)}
                  >
                    <span className="notification-title">{item.title}</span>
                    <span className="notification-body">{item.body}</span>
                    <span className="notification-time">{timeAgo(item.createdAt)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
