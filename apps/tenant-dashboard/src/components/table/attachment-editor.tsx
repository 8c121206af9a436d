'use client';
import { useState } from 'react';
import type { AttachmentValue } from '../../lib/edit-values.ts';
import { Icon } from '../icons.tsx';
import { Button } from '../ui.tsx';

/** An attachment field in the drawer: its files as tiles, and a web address to add one. */
export function AttachmentEditor({
  attachments,
  inputId,
  onChange,
}: {
  attachments: AttachmentValue[];
  inputId: string;
  onChange: (attachments: AttachmentValue[]) => void;
}) {
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = () => {
    try {
      const parsed = new URL(url.trim());
      if (!/^https?:$/.test(parsed.protocol)) throw new Error('protocol');
      onChange([
        ...attachments,
        { url: parsed.toString(), filename: parsed.pathname.split('/').pop() || parsed.host },
      ]);
      setUrl('');
      setProblem(null);
    } catch {
      setProblem('Enter the web address of a file, starting with https://.');
    }
  };
  return (
    <div className="link-editor">
      {attachments.length ? (
        <div className="attachment-tiles">
          {attachments.map((a, i) => (
            <div key={a.id ?? `${a.url}-${i}`} className="attachment-tile">
              <AttachmentPreview attachment={a} />
              <span title={a.filename}>{a.filename ?? 'File'}</span>
              <Button
                size="small"
                variant="ghost"
                onClick={() => onChange(attachments.filter((_, j) => j !== i))}
              >
                Remove
              </Button>
            </div>
          ))}
        </div>
      ) : null}
      <div className="form-row">
        <input
          id={inputId}
          type="url"
          placeholder="https://… (a file’s web address)"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          aria-invalid={problem ? true : undefined}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          style={{ flex: 1 }}
        />
        <Button size="small" onClick={add} disabled={!url.trim()}>
          Add file
        </Button>
      </div>
      {problem ? <p className="field-error">{problem}</p> : null}
    </div>
  );
}

function AttachmentPreview({ attachment }: { attachment: AttachmentValue }) {
  const [failed, setFailed] = useState(false);
  const src = attachment.thumbnails?.small?.url ?? attachment.url;
  if (failed)
    return (
      <span className="thumb-fallback">
        <Icon name="file" size={20} />
      </span>
    );
  return (
    <img
      src={src}
      alt={attachment.filename ?? 'Attachment'}
      loading="lazy"
      onError={() => setFailed(true)}
    />
  );
}
