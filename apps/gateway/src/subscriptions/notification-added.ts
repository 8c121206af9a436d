import type { NotificationAddedEvent } from '@pyairtable/events';
import { print } from 'graphql';
import { eventStream, mapEvents } from './event-stream.ts';
import type { SubscriptionField } from './subscription-field.ts';

/**
 * `notificationAdded`: the subscriber's own notifications as they are stored (addressed to
 * them, or to their email before they had an account). Each one's selection is resolved
 * through the gateway as the subscriber, so only its recipient ever sees it.
 */
export const subscribeNotificationAdded: SubscriptionField = async (deps, request) => {
  const { runner, bus, metrics } = deps;
  const { context, responseKey, selections, fragments } = request;
  const { userId, email } = context.credentials!;
  const mine = (event: NotificationAddedEvent) =>
    event.userId === userId ||
    (event.userId === null && !!email && event.email === email.toLowerCase());
  const events = eventStream<NotificationAddedEvent>(bus, { types: ['notification.added'] }, mine);
  // The subscription's own fields (at least the id), resolved for each notification.
  const selection = `{ ${selections.length ? selections.map((s) => print(s)).join(' ') : 'id'} }`;
  return mapEvents<NotificationAddedEvent, Record<string, unknown>>(
    events,
    async (event) => {
      const data = await runner.run(
        context,
        `query ($id: ID!) { notification(id: $id) ${selection} }\n${fragments}`,
        { id: event.notificationId },
      );
      if (!data.notification) return undefined;
      metrics.deliveries.inc();
      return { [responseKey]: data.notification };
    },
    (error) => ({ [responseKey]: error }),
    () => undefined,
  );
};
