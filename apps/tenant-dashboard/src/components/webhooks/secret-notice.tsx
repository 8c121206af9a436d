'use client';
import { CopyButton } from '../account/copy-button.tsx';
import { Button } from '../ui.tsx';

/** A signing secret, shown this once. */
export function SecretNotice({ secret, onDone }: { secret: string; onDone: () => void }) {
  return (
    <div className="card-body">
      <div className="field">
        <span className="label">
          Signing secret — copy it now: it is shown only this once. Verify deliveries with any
          Standard Webhooks library (webhook-id, webhook-timestamp, webhook-signature headers).
        </span>
        <div className="secret-box">
          <code data-testid="webhook-secret">{secret}</code>
          <CopyButton text={secret} />
        </div>
        <div>
          <Button size="small" variant="ghost" onClick={onDone}>
            I have stored it
          </Button>
        </div>
      </div>
    </div>
  );
}
