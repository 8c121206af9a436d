import type { GatewayExecutor } from '@pyairtable/subgraph-kit';

/** A refusal or failure of an operation a step ran, with its code. */
export class StepFailure extends Error {
  constructor(
    message: string,
    readonly code = 'FAILED',
  ) {
    super(message);
  }
}

/** Runs one operation and returns its data; a StepFailure with the first error otherwise. */
export async function graphCall<T>(
  execute: GatewayExecutor,
  document: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const result = await execute(document, variables);
  const error = result.errors?.[0];
  if (error || !result.data)
    throw new StepFailure(
      error?.message ?? 'The gateway gave no answer.',
      String(error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
    );
  return result.data as T;
}
