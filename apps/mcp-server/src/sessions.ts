import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';

export interface McpSession {
  id: string;
  /** The user who opened it: only they may use it. */
  ownerId: string;
  transport: StreamableHTTPServerTransport;
  server: Server;
  lastUsed: number;
}

/** Open MCP sessions, each bound to the caller who opened it; idle ones are closed. */
export function createSessionRegistry(options: {
  idleMs: number;
  maxPerCaller: number;
  clock?: () => number;
}) {
  const clock = options.clock ?? Date.now;
  const sessions = new Map<string, McpSession>();

  async function close(session: McpSession) {
    sessions.delete(session.id);
    await session.transport.close().catch(() => undefined);
    await session.server.close().catch(() => undefined);
  }

  const sweeper = setInterval(
    () => {
      const cutoff = clock() - options.idleMs;
      for (const session of sessions.values()) {
        if (session.lastUsed < cutoff) void close(session);
      }
    },
    Math.min(options.idleMs, 60_000),
  );
  sweeper.unref();

  return {
    /** Adds a session; the caller's least recently used go when they hold too many. */
    async add(session: McpSession) {
      const mine = [...sessions.values()]
        .filter((s) => s.ownerId === session.ownerId)
        .sort((a, b) => a.lastUsed - b.lastUsed);
      sessions.set(session.id, session);
      const excess = mine.slice(0, Math.max(0, mine.length - options.maxPerCaller + 1));
      await Promise.all(excess.map(close));
    },
    /** The session, if it exists and belongs to `callerId` (others cannot tell it exists). */
    find(id: string, callerId: string): McpSession | undefined {
      const session = sessions.get(id);
      if (!session || session.ownerId !== callerId) return undefined;
      session.lastUsed = clock();
      return session;
    },
    forget: (id: string) => void sessions.delete(id),
    get size() {
      return sessions.size;
    },
    async closeAll() {
      clearInterval(sweeper);
      await Promise.all([...sessions.values()].map(close));
    },
  };
}

export type SessionRegistry = ReturnType<typeof createSessionRegistry>;
