// The signed-in administrator, in the browser: the access token lives in memory only; the
// refresh token sits in an httpOnly cookie only /api/session/* sees. Tokens are renewed a
// minute before they expire and whenever the API says UNAUTHENTICATED.

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

export interface Session {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  user: SessionUser;
}

export type SessionState =
  | { status: 'loading'; session: null }
  | { status: 'signed-out'; session: null }
  | { status: 'signed-in'; session: Session };

/** A refused sign-in or refresh, with the gateway's error. */
export class SessionError extends Error {
  constructor(readonly error: { message: string; extensions?: Record<string, unknown> }) {
    super(error.message);
  }
}

const RENEW_BEFORE_MS = 60_000;

async function post(path: string, accessToken?: string, body: object = {}): Promise<Response> {
  return fetch(`/api/session/${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
}

async function readAnswer(response: Response): Promise<Session> {
  const body = (await response.json().catch(() => ({}))) as {
    accessToken?: string;
    accessTokenExpiresAt?: string;
    user?: SessionUser;
    error?: { message: string; extensions?: Record<string, unknown> };
  };
  if (!body.accessToken || !body.user || !body.accessTokenExpiresAt)
    throw new SessionError(
      body.error ?? {
        message: 'No answer from the server.',
        extensions: { code: 'UPSTREAM_UNAVAILABLE' },
      },
    );
  return {
    accessToken: body.accessToken,
    expiresAt: Date.parse(body.accessTokenExpiresAt),
    user: body.user,
  };
}

export class SessionManager {
  private state: SessionState = { status: 'loading', session: null };
  private readonly listeners = new Set<() => void>();
  private refreshing: Promise<Session | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): SessionState => this.state;

  /** Restores the session from the cookie on page load. */
  start(): void {
    if (this.state.status === 'loading' && !this.refreshing) void this.refresh();
  }

  async logIn(email: string, password: string): Promise<Session> {
    const session = await readAnswer(await post('login', undefined, { email, password }));
    this.set(session);
    return session;
  }

  async logOut(): Promise<void> {
    await post('logout', this.state.session?.accessToken).catch(() => undefined);
    this.set(null);
  }

  /** New tokens from the refresh cookie; null once the session is over. */
  refresh(): Promise<Session | null> {
    this.refreshing ??= (async () => {
      try {
        const session = await readAnswer(await post('refresh'));
        this.set(session);
        return session;
      } catch (error) {
        const code = error instanceof SessionError ? error.error.extensions?.code : undefined;
        // Only a refused token ends the session; a network blip keeps the current one.
        if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || this.state.status === 'loading')
          this.set(null);
        return this.state.session;
      }
    })().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  /** A valid access token (renewed first when about to expire), or null when signed out. */
  async accessToken(): Promise<string | null> {
    if (this.refreshing) return (await this.refreshing)?.accessToken ?? null;
    const session = this.state.session;
    if (!session) return null;
    if (session.expiresAt - Date.now() > RENEW_BEFORE_MS / 2) return session.accessToken;
    return (await this.refresh())?.accessToken ?? null;
  }

  private set(session: Session | null) {
    clearTimeout(this.timer);
    this.state = session
      ? { status: 'signed-in', session }
      : { status: 'signed-out', session: null };
    if (session) {
      const wait = Math.max(5_000, session.expiresAt - Date.now() - RENEW_BEFORE_MS);
      this.timer = setTimeout(() => void this.refresh(), wait);
    }
    for (const listener of this.listeners) listener();
  }
}
