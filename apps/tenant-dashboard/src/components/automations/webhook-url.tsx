'use client';
import { useMutation } from '@apollo/client/react';
import { ROTATE_WORKFLOW_WEBHOOK_URL } from '../../lib/graphql/workflows.ts';
import { CopyButton } from '../account/copy-button.tsx';
import { useToasts } from '../toasts.tsx';
import { Button } from '../ui.tsx';

/** A webhook trigger's secret URL, to copy, and to replace when it has leaked. */
export function WebhookUrl({
  workflowId,
  url,
  canEdit,
}: {
  workflowId: string | null;
  url: string | null;
  canEdit: boolean;
}) {
  const toasts = useToasts();
  const [rotate, rotating] = useMutation(ROTATE_WORKFLOW_WEBHOOK_URL);
  if (!workflowId)
    return <p className="field-hint">The secret URL is made when the automation is saved.</p>;
  if (!url)
    return (
      <p className="field-hint">
        {canEdit
          ? 'Save the automation with this trigger to get its secret URL.'
          : 'Only editors see the secret URL.'}
      </p>
    );
  return (
    <div className="field">
      <span className="label">Secret URL</span>
      <div className="secret-box">
        <code data-testid="workflow-webhook-url">{url}</code>
      </div>
      <p className="field-hint">
        POST a JSON body of at most 256 KB; steps read it as trigger.body.
      </p>
      <div className="form-row">
        <CopyButton text={url} label="Copy URL" />
        <Button
          size="small"
          icon="key"
          busy={rotating.loading}
          disabled={!canEdit}
          onClick={async () => {
            try {
              await rotate({ variables: { id: workflowId } });
              toasts.show('A new URL is in place; the old one stopped working.', 'success');
            } catch (failure) {
              toasts.error(failure);
            }
          }}
        >
          Rotate URL
        </Button>
      </div>
    </div>
  );
}
