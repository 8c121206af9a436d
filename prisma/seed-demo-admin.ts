// The demo platform administrator (embedded mode only): the launcher names it in ADMIN_EMAILS
// and seeds it through the gateway's public API, like the demo account.

export const DEMO_ADMIN = {
  email: 'admin@example.com',
  password: 'admin-password',
  name: 'Platform Admin',
} as const;

type Result = { data?: unknown; errors?: { message: string }[] };

async function execute(gatewayUrl: string, query: string, variables: object): Promise<Result> {
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Result;
}

/** Ensures the demo administrator's account exists; safe to run on every start. */
export async function seedDemoAdmin(gatewayUrl: string): Promise<{ created: boolean }> {
  const { email, password, name } = DEMO_ADMIN;
  const logIn = await execute(
    gatewayUrl,
    'mutation ($i: LogInInput!) { logIn(input: $i) { accessToken } }',
    { i: { email, password } },
  );
  if (logIn.data) return { created: false };
  const signUp = await execute(
    gatewayUrl,
    'mutation ($i: SignUpInput!) { signUp(input: $i) { accessToken } }',
    { i: { email, password, name } },
  );
  if (!signUp.data)
    throw new Error(
      `Demo seed failed to create the demo administrator (was its password changed?): ${signUp.errors?.map((e) => e.message).join('; ')}`,
    );
  return { created: true };
}
