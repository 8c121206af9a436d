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
    /** Aborts an answer this process is writing; resolves once it is recorded. Null when not here. */
    stop(messageId: string, reason: string): Promise<void> | null {
      const answer = running.get(messageId);
      if (!answer) return null;
      answer.controller.abort(new Error(reason));
      return answer.done;
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
