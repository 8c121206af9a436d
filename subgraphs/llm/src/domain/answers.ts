/** The answers this process is writing, so they can be stopped one by one or all at shutdown. */
export function createAnswers() {
  const running = new Map<string, { controller: AbortController; done: Promise<void> }>();

  return {
    /** Runs `write` for a message; the returned promise settles when it ends (never rejects). */
    start(messageId: string, write: (signal: AbortSignal) => Promise<void>): Promise<void> {
      const controller = new AbortController();
      const done = write(controller.signal).finally(() => running.delete(messageId));
      running.set(messageId, { controller, done });
      return done;
    },
    /** Aborts a running answer; false when this process is not writing it. */
    stop(messageId: string, reason: string): boolean {
      const answer = running.get(messageId);
      answer?.controller.abort(new Error(reason));
      return answer !== undefined;
    },
    /** Aborts every answer and waits until each has recorded how it ended. */
    async stopAll(reason: string): Promise<void> {
      const all = [...running.values()];
      for (const answer of all) answer.controller.abort(new Error(reason));
      await Promise.all(all.map((answer) => answer.done));
    },
    get size() {
      return running.size;
    },
  };
}

export type Answers = ReturnType<typeof createAnswers>;
