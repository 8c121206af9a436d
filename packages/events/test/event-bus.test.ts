import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type {
  EventBus,
  EventBusError,
  NetworkEventBusOptions,
  PlatformEvent,
} from '../src/index.ts';
import { collect } from './collect.ts';
import { recordChanged, schemaChanged, syncProgress, uniqueChannel } from './factories.ts';
import { createPostgresHarness, createRedisHarness, memoryHarness } from './harnesses.ts';

const harnesses = [memoryHarness, await createPostgresHarness(), await createRedisHarness()];

for (const harness of harnesses) {
  describe.runIf(harness.available)(`the ${harness.name} event bus`, () => {
    /** Opens a bus on the test's channel that is closed when the test ends. */
    async function open(channel: string, options: NetworkEventBusOptions = {}): Promise<EventBus> {
      const bus = await harness.open({ ...options, channel });
      onTestFinished(() => bus.close());
      return bus;
    }

    function listen(bus: EventBus, filter?: Parameters<EventBus['subscribe']>[1]) {
      const events = collect<PlatformEvent>();
      const unsubscribe = bus.subscribe((event) => events.push(event), filter);
      return { ...events, unsubscribe };
    }

    it('delivers a published event of each type with all its fields', async () => {
      const bus = await open(uniqueChannel());
      const received = listen(bus);
      const sent = [recordChanged(), schemaChanged(), syncProgress({ recordsTotal: 900 })];

      for (const event of sent) await bus.publish(event);

      expect(await received.until(3)).toEqual(sent);
    });

    it('delivers only the event types and workspace a subscriber asked for', async () => {
      const bus = await open(uniqueChannel());
      const all = listen(bus);
      const syncs = listen(bus, { types: ['sync.progress'] });
      const workspaceA = listen(bus, { workspaceId: 'ws-a' });
      const syncsOfA = listen(bus, { types: ['sync.progress'], workspaceId: 'ws-a' });
      const [changeA, syncB, syncA, schemaB] = [
        recordChanged({ workspaceId: 'ws-a' }),
        syncProgress({ workspaceId: 'ws-b' }),
        syncProgress({ workspaceId: 'ws-a' }),
        schemaChanged({ workspaceId: 'ws-b' }),
      ];

      for (const event of [changeA, syncB, syncA, schemaB]) await bus.publish(event);
      // Each message reaches every subscriber before the next one is read.
      await all.until(4);

      expect(syncs.items).toEqual([syncB, syncA]);
      expect(workspaceA.items).toEqual([changeA, syncA]);
      expect(syncsOfA.items).toEqual([syncA]);
    });

    it('stops delivering to a handler once it unsubscribes', async () => {
      const bus = await open(uniqueChannel());
      const leaving = listen(bus);
      const staying = listen(bus);
      const first = recordChanged();
      const second = recordChanged();

      await bus.publish(first);
      await Promise.all([leaving.until(1), staying.until(1)]);
      leaving.unsubscribe();
      await bus.publish(second);
      await staying.until(2);

      expect(leaving.items).toEqual([first]);
      expect(staying.items).toEqual([first, second]);
    });

    it('delivers every event once to the subscribers of every process', async () => {
      const channel = uniqueChannel();
      const [processA, processB, publisher] = await Promise.all([
        open(channel),
        open(channel),
        open(channel),
      ]);
      const onA = listen(processA);
      const onB = listen(processB);
      const alsoOnA = listen(processA);
      const sent = [recordChanged(), syncProgress()];

      for (const event of sent) await publisher.publish(event);

      // Had the first event been delivered twice, the first two items would both be it.
      expect(await onA.until(2)).toEqual(sent);
      expect(await onB.until(2)).toEqual(sent);
      expect(await alsoOnA.until(2)).toEqual(sent);
    });

    it('reports a failing handler to onError and still delivers to the others', async () => {
      const errors = collect<EventBusError>();
      const bus = await open(uniqueChannel(), { onError: errors.push });
      bus.subscribe(() => {
        throw new Error('sync boom');
      });
      bus.subscribe(async () => {
        throw new Error('async boom');
      });
      const healthy = listen(bus);
      const event = recordChanged();

      await bus.publish(event);

      expect(await healthy.until(1)).toEqual([event]);
      const reported = await errors.until(2);
      expect(reported.map((e) => [e.reason, e.event?.id, (e.cause as Error).message])).toEqual([
        ['handler-failed', event.id, 'sync boom'],
        ['handler-failed', event.id, 'async boom'],
      ]);
    });

    it('drops a malformed message from the channel and reports it to onError', async () => {
      const channel = uniqueChannel();
      const errors = collect<EventBusError>();
      const bus = await open(channel, { onError: errors.push });
      const received = listen(bus);
      const valid = recordChanged();
      const malformed = [
        'not json',
        JSON.stringify({ ...valid, id: 'not-a-uuid' }),
        JSON.stringify({ ...valid, type: 'record.exploded' }),
        JSON.stringify({ ...valid, changedFields: undefined }),
      ];

      for (const payload of malformed) await harness.sendRaw(channel, payload);
      await bus.publish(valid);

      expect(await received.until(1)).toEqual([valid]);
      const reported = await errors.until(4);
      expect(reported.map((e) => [e.reason, e.payload])).toEqual(
        malformed.map((payload) => ['invalid-message', payload]),
      );
    });

    it('refuses to publish an event over the size limit or malformed', async () => {
      const bus = await open(uniqueChannel());
      const received = listen(bus);
      const huge = recordChanged({
        changedFields: Array.from({ length: 800 }, (_, i) => `fld${String(i).padStart(14, '0')}`),
      });
      const small = recordChanged();

      await expect(bus.publish(huge)).rejects.toThrow(/carries at most 7999/);
      await expect(bus.publish({ ...small, workspaceId: '' })).rejects.toThrow(TypeError);
      await bus.publish(small);

      expect(await received.until(1)).toEqual([small]);
    });

    it('releases its connections when closed and refuses further use', async () => {
      const channel = uniqueChannel();
      const bus = await harness.open({ channel });
      await bus.publish(recordChanged());
      expect(await harness.openConnections(channel)).toBeGreaterThan(0);

      await bus.close();
      await bus.close();

      await vi.waitFor(async () => expect(await harness.openConnections(channel)).toBe(0));
      await expect(bus.publish(recordChanged())).rejects.toThrow('The event bus is closed.');
      expect(() => bus.subscribe(() => undefined)).toThrow('The event bus is closed.');
    });

    if (harness.killListener) {
      it('keeps delivering after its listening connection is killed', async () => {
        const channel = uniqueChannel();
        const errors = collect<EventBusError>();
        const reconnects = collect<true>();
        const bus = await open(channel, {
          onError: errors.push,
          onReconnect: () => reconnects.push(true),
        });
        const received = listen(bus);
        const event = recordChanged();

        await harness.killListener!(channel);
        await reconnects.until(1);
        await bus.publish(event);

        expect(await received.until(1)).toEqual([event]);
        expect(errors.items.map((e) => e.reason)).toContain('connection-lost');
      });
    }
  });
}
