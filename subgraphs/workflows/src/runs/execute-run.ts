import type { Caller } from '@pyairtable/subgraph-kit';
import type { Run, StepRun, StepStatus, Workflow } from '../db.ts';
import type { WorkflowsDeps } from '../deps.ts';
import { StepsSchema, type Step } from '../domain/definition.ts';
import { fillFormula, fillTemplates } from '../domain/templates.ts';
import { announceRun, announceRunFailed } from './announce-run.ts';
import { StepFailure } from './graph-call.ts';
import { sleep } from './sleep.ts';
import { askAssistant } from './steps/ask-assistant.ts';
import { evaluateCondition } from './steps/condition.ts';
import { httpRequest } from './steps/http.ts';
import { notify } from './steps/notify.ts';
import { createRecord, deleteRecord, findRecords, updateRecord } from './steps/records.ts';
import type { StepContext } from './steps/step-context.ts';

type Outcome =
  | { kind: 'ok'; output: unknown }
  | { kind: 'waiting'; until: Date }
  | { kind: 'failed'; error: string; key: string }
  /** The run was cancelled, taken over, or this process is stopping: leave it as it is. */
  | { kind: 'interrupted' };

type Executor = (input: never, ctx: StepContext) => Promise<unknown> | unknown;
const EXECUTORS: Partial<Record<Step['type'], Executor>> = {
  createRecord,
  updateRecord,
  deleteRecord,
  findRecords,
  notify,
  http: httpRequest,
  askAssistant,
};

const COMMON = new Set(['id', 'name', 'type', 'retries', 'continueOnError', 'timeoutSeconds']);
const NESTED = new Set(['then', 'else', 'steps']);
const MAX_LOOP_ITEMS = 1000;
const MAX_BACKOFF_MS = 30_000;
const SUSPENDED_RECHECK_MS = 30_000;

/** A step's own settings with templates filled in (formulas get their values as literals). */
function inputOf(step: Step, scope: Record<string, unknown>) {
  const input: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(step)) {
    if (COMMON.has(name) || NESTED.has(name)) continue;
    input[name] =
      name === 'formula' && typeof value === 'string'
        ? fillFormula(value, scope)
        : fillTemplates(value, scope);
  }
  return input;
}

const ok = (output: unknown): Outcome => ({ kind: 'ok', output });

/**
 * Works on one run: takes its lease, walks its version's steps (the ones that completed
 * before are not run again: their stored output stands in), and leaves the run finished,
 * waiting (its job is sent for the wake time) or — when cancelled or stopping — as it is for
 * the next holder. Never rejects for a step's failure.
 */
export async function executeRun(deps: WorkflowsDeps, runId: string): Promise<Run | null> {
  const { config, db, clock, queue, logger } = deps;
  const worker = queue.worker;
  const leaseMs = config.WORKFLOWS_LEASE_MS;
  const queued = await db.findRun(runId);
  if (queued && !queued.dryRun && (await deps.suspendedWorkspaces()).has(queued.workspaceId)) {
    // A suspended workspace's runs wait, untouched, and go on once it is restored.
    await queue.dispatch([runId], new Date(clock().getTime() + SUSPENDED_RECHECK_MS));
    return null;
  }
  const claimed = await db.claimRun(runId, worker, clock(), new Date(clock().getTime() + leaseMs));
  if (claimed === null) return null;
  if (claimed === 'busy') {
    // The workflow runs as many runs as it may: this one waits its turn.
    await queue.dispatch([runId], new Date(clock().getTime() + 1_000));
    return null;
  }
  const run = claimed;
  const log = logger.child({ runId, workflowId: run.workflowId });
  const workflow = await db.findWorkflow(run.workflowId);
  const version = workflow ? await db.findVersion(workflow.id, run.version) : null;
  const sliceStart = Date.now();
  const worked = () => run.workedMs + (Date.now() - sliceStart);
  if (!workflow || !version) {
    await db.finishRun(runId, worker, {
      status: 'CANCELLED',
      error: 'The workflow was deleted.',
      finishedAt: clock(),
      workedMs: worked(),
    });
    return db.findRun(runId);
  }
  await announceRun(deps, run, 'RUNNING');

  const controller = new AbortController();
  const onStopping = () => controller.abort(queue.stopping.reason);
  queue.stopping.addEventListener('abort', onStopping, { once: true });
  let lost = false;
  const heartbeat = setInterval(
    () =>
      void db
        .renewLease(runId, worker, new Date(clock().getTime() + leaseMs), worked())
        .then((held) => {
          if (!held && !controller.signal.aborted) {
            lost = true;
            controller.abort(new Error('The run was cancelled.'));
          }
        })
        .catch((err: unknown) => log.warn({ err }, 'renewing a run lease failed')),
    Math.max(Math.floor(leaseMs / 3), 200),
  );
  heartbeat.unref();

  const stored = new Map<string, StepRun>((await db.listStepRuns(runId)).map((s) => [s.key, s]));
  let position = stored.size;
  const graph = deps.graphAs(
    { ...(workflow.ownerCaller as unknown as Caller), requestId: `workflow-run-${runId}` },
    `workflow-run-${runId}`,
  );
  const timeoutMs = config.WORKFLOWS_RUN_TIMEOUT_S * 1000;

  async function save(
    step: Step,
    key: string,
    status: StepStatus,
    data: Partial<Omit<StepRun, 'runId' | 'key' | 'input' | 'output'>> & {
      input?: unknown;
      output?: unknown;
    },
  ) {
    const before = stored.get(key);
    const row = await db.saveStepRun(runId, key, {
      position: before?.position ?? position++,
      stepId: step.id,
      type: step.type,
      status,
      logs: data.logs ?? before?.logs ?? [],
      attempts: data.attempts ?? before?.attempts ?? 0,
      ...(data.input !== undefined ? { input: data.input } : {}),
      ...(data.output !== undefined ? { output: data.output } : {}),
      ...(data.error !== undefined ? { error: data.error } : {}),
      ...(data.wakeAt !== undefined ? { wakeAt: data.wakeAt } : {}),
      ...(data.finishedAt !== undefined ? { finishedAt: data.finishedAt } : {}),
    });
    stored.set(key, row);
    return row;
  }

  async function attempt(
    step: Step,
    key: string,
    scope: Record<string, unknown>,
  ): Promise<Outcome> {
    const before = stored.get(key);
    let attempts = before?.attempts ?? 0;
    const logs = [...(before?.logs ?? [])];
    const startedAt = before?.startedAt ?? clock();
    for (;;) {
      attempts++;
      const input = inputOf(step, scope);
      await save(step, key, 'RUNNING', { input, attempts, logs, error: null });
      const remaining = timeoutMs - worked();
      const limitMs = Math.min(step.timeoutSeconds * 1000, Math.max(remaining, 1));
      const signal = AbortSignal.any([controller.signal, AbortSignal.timeout(limitMs)]);
      const ctx: StepContext = {
        deps,
        run,
        workflow: workflow!,
        key,
        graph,
        signal,
        log: (line) => logs.push(line),
        dryRun: run.dryRun,
        startedAt,
        scope,
      };
      try {
        const output =
          step.type === 'condition'
            ? evaluateCondition(step.formula, ctx)
            : await race(EXECUTORS[step.type]!(input as never, ctx), signal);
        await save(step, key, 'SUCCEEDED', { output: output ?? {}, logs, finishedAt: clock() });
        await announceRun(deps, run, 'RUNNING');
        return ok(output);
      } catch (error) {
        if (controller.signal.aborted) return { kind: 'interrupted' };
        const message = signal.aborted
          ? remaining <= limitMs
            ? `The run took longer than ${config.WORKFLOWS_RUN_TIMEOUT_S} s.`
            : `The step took longer than ${step.timeoutSeconds} s.`
          : error instanceof StepFailure
            ? error.message
            : `The step failed: ${(error as Error).message}`;
        if (!(error instanceof StepFailure)) log.warn({ err: error, key }, 'step failed');
        logs.push(`attempt ${attempts} failed: ${message}`);
        if (attempts <= step.retries && worked() < timeoutMs) {
          await save(step, key, 'RUNNING', { logs, error: message });
          try {
            await sleep(Math.min(1000 * 2 ** (attempts - 1), MAX_BACKOFF_MS), controller.signal);
          } catch {
            return { kind: 'interrupted' };
          }
          continue;
        }
        const status = step.continueOnError ? 'SKIPPED' : 'FAILED';
        await save(step, key, status, { logs, error: message, finishedAt: clock() });
        await announceRun(deps, run, 'RUNNING');
        return step.continueOnError ? ok(null) : { kind: 'failed', error: message, key };
      }
    }
  }

  async function runLoop(
    step: Extract<Step, { type: 'loop' }>,
    key: string,
    scope: Record<string, unknown>,
  ) {
    const before = stored.get(key);
    const items =
      (before?.input as { items?: unknown } | null)?.items ?? fillTemplates(step.items, scope);
    if (!Array.isArray(items) || items.length > MAX_LOOP_ITEMS) {
      const error = Array.isArray(items)
        ? `A loop goes over at most ${MAX_LOOP_ITEMS} items (this list has ${items.length}).`
        : "The loop's items are not a list.";
      await save(step, key, step.continueOnError ? 'SKIPPED' : 'FAILED', {
        input: { items },
        error,
        finishedAt: clock(),
      });
      return step.continueOnError ? ok(null) : ({ kind: 'failed', error, key } as const);
    }
    if (!before) await save(step, key, 'RUNNING', { input: { items }, attempts: 1 });
    for (let index = 0; index < items.length; index++) {
      const inner = {
        ...scope,
        steps: { ...(scope.steps as object) },
        loop: { item: items[index], index },
      };
      const outcome = await walk(step.steps, inner, `${key}[${index}].`);
      if (outcome.kind !== 'ok') return outcome;
    }
    const output = { count: items.length };
    await save(step, key, 'SUCCEEDED', { output, finishedAt: clock() });
    return ok(output);
  }

  async function runWait(
    step: Extract<Step, { type: 'wait' }>,
    key: string,
    scope: Record<string, unknown>,
  ): Promise<Outcome> {
    const before = stored.get(key);
    let until = before?.wakeAt ?? null;
    if (!until) {
      const input = inputOf(step, scope) as { seconds?: number; until?: unknown };
      until =
        input.seconds !== undefined
          ? new Date(clock().getTime() + input.seconds * 1000)
          : new Date(String(input.until ?? ''));
      if (Number.isNaN(until.getTime())) {
        const error = `"${String(input.until)}" is not a date to wait for.`;
        await save(step, key, 'FAILED', { input, error, finishedAt: clock() });
        return { kind: 'failed', error, key };
      }
      const logs = [
        run.dryRun
          ? `would wait until ${until.toISOString()}`
          : `waiting until ${until.toISOString()}`,
      ];
      await save(step, key, 'WAITING', { input, wakeAt: until, logs, attempts: 1 });
    }
    if (run.dryRun || until <= clock()) {
      const output = { until: until.toISOString() };
      await save(step, key, 'SUCCEEDED', { output, finishedAt: clock() });
      return ok(output);
    }
    return { kind: 'waiting', until };
  }

  async function runStep(
    step: Step,
    key: string,
    scope: Record<string, unknown>,
  ): Promise<Outcome> {
    if (worked() >= timeoutMs)
      return {
        kind: 'failed',
        error: `The run took longer than ${config.WORKFLOWS_RUN_TIMEOUT_S} s.`,
        key,
      };
    const before = stored.get(key);
    if (before?.status === 'SKIPPED') return ok(before.output ?? null);
    if (step.type === 'loop' && before?.status !== 'SUCCEEDED') return runLoop(step, key, scope);
    if (step.type === 'wait' && before?.status !== 'SUCCEEDED') return runWait(step, key, scope);
    const outcome =
      before?.status === 'SUCCEEDED' ? ok(before.output) : await attempt(step, key, scope);
    if (outcome.kind !== 'ok' || step.type !== 'condition') return outcome;
    const matched = (outcome.output as { matched?: boolean } | null)?.matched === true;
    const branch = await walk(
      matched ? step.then : step.else,
      scope,
      `${key}.${matched ? 'then' : 'else'}.`,
    );
    return branch.kind === 'ok' ? outcome : branch;
  }

  async function walk(
    steps: readonly Step[],
    scope: Record<string, unknown>,
    prefix: string,
  ): Promise<Outcome> {
    for (const step of steps) {
      const outcome = await runStep(step, `${prefix}${step.id}`, scope);
      if (outcome.kind !== 'ok') return outcome;
      (scope.steps as Record<string, unknown>)[step.id] = outcome.output;
    }
    return ok(null);
  }

  let outcome: Outcome;
  try {
    const steps = StepsSchema.parse(version.steps);
    outcome = await walk(steps, { trigger: run.trigger, steps: {} }, '');
  } catch (error) {
    log.error({ err: error }, 'run failed unexpectedly');
    outcome = controller.signal.aborted
      ? { kind: 'interrupted' }
      : { kind: 'failed', error: 'The run failed unexpectedly.', key: '' };
  } finally {
    clearInterval(heartbeat);
    queue.stopping.removeEventListener('abort', onStopping);
  }

  if (outcome.kind === 'interrupted') {
    // Stopping: the lease ends now, so another process (or this one, restarted) goes on at once.
    if (!lost) await db.renewLease(runId, worker, clock(), worked()).catch(() => undefined);
    return db.findRun(runId);
  }
  if (outcome.kind === 'waiting') {
    const leaseUntil = new Date(outcome.until.getTime() + queue.graceMs);
    if (await db.finishRun(runId, worker, { status: 'WAITING', leaseUntil, workedMs: worked() })) {
      await queue.dispatch([runId], outcome.until);
      await announceRun(deps, run, 'WAITING');
    }
    return db.findRun(runId);
  }
  const failure = outcome.kind === 'failed' ? outcome : null;
  const finished = await db.finishRun(runId, worker, {
    status: failure ? 'FAILED' : 'SUCCEEDED',
    error: failure?.error ?? null,
    failedStep: failure?.key || null,
    finishedAt: clock(),
    workedMs: worked(),
  });
  if (finished) {
    await announceRun(deps, run, failure ? 'FAILED' : 'SUCCEEDED');
    if (failure && !run.dryRun) await announceRunFailed(deps, run, workflow, failure);
  }
  return db.findRun(runId);
}

/** The step's promise, or its signal's abort, whichever comes first. */
function race<T>(work: Promise<T> | T, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    Promise.resolve(work).then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}

export type { Workflow };
