'use client';

const SUGGESTIONS = [
  'How many deals are in the Won stage, and what are they worth?',
  'Which five companies have the highest annual revenue?',
  'Summarise the open pipeline by stage.',
];

/** An empty conversation: what the assistant does, and questions to start with. */
export function ChatIntro({
  configured,
  message,
  canConfigure,
  onAsk,
}: {
  configured: boolean | undefined;
  /** Why the assistant is not configured, from the platform. */
  message: string | null | undefined;
  /** An admin of the workspace: told what to set rather than whom to ask. */
  canConfigure: boolean;
  onAsk(question: string): void;
}) {
  return (
    <div className="chat-intro">
      <h3>Ask about your data</h3>
      <p>The assistant reads your bases through the same graph you use, with your permissions.</p>
      {configured === false ? (
        <div className="error-box compact" role="status">
          {canConfigure ? (
            <>
              <strong>The assistant is not set up yet.</strong>{' '}
              {message ?? 'The llm service has no model configured.'} Restart the platform after
              setting them; the README’s settings table lists each one.
            </>
          ) : (
            <>
              <strong>The assistant is not set up yet.</strong> Ask an admin of this workspace to
              turn it on; until then, everything else here works as usual.
            </>
          )}
        </div>
      ) : (
        <div className="chat-suggestions">
          {SUGGESTIONS.map((s) => (
            <button key={s} type="button" onClick={() => onAsk(s)}>
              {s}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
