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
  onAsk,
}: {
  configured: boolean | undefined;
  /** Why the assistant is not configured, from the platform. */
  message: string | null | undefined;
  onAsk(question: string): void;
}) {
  return (
    <div className="chat-intro">
      <h3>Ask about your data</h3>
      <p>The assistant reads your bases through the same graph you use, with your permissions.</p>
      {configured === false ? (
        <div className="error-box compact" role="status">
          {message ?? 'The assistant is not configured on this platform.'}
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
