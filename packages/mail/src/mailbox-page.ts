import type { ReceivedMessage } from './received-message.ts';

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `body{font-family:-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1f2937;background:#f5f6f8}
main{max-width:960px;margin:0 auto;padding:24px}h1{font-size:20px}table{width:100%;border-collapse:collapse;background:#fff}
td,th{padding:8px 10px;border-bottom:1px solid #e5e7eb;text-align:left;font-size:14px}th{color:#6b7280;font-weight:600}
a{color:#2d6cdf}pre{white-space:pre-wrap;background:#fff;padding:12px;border:1px solid #e5e7eb}
iframe{width:100%;height:520px;border:1px solid #e5e7eb;background:#fff}.muted{color:#6b7280}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

/** The list of messages, newest first. */
export function renderMailboxList(messages: readonly ReceivedMessage[]): string {
  const rows = messages
    .map(
      (m) =>
        `<tr><td class="muted">${m.receivedAt.toISOString().replace('T', ' ').slice(0, 19)}</td><td>${escapeHtml(m.to.join(', '))}</td><td><a href="/messages/${m.id}">${escapeHtml(m.subject || '(no subject)')}</a></td></tr>`,
    )
    .join('');
  return page(
    'Local mailbox',
    `<h1>Local mailbox</h1><p class="muted">Email the platform sent while no SMTP_URL is set (newest first, kept in memory until the platform stops).</p>${
      messages.length
        ? `<table><thead><tr><th>Received (UTC)</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>`
        : '<p>No messages yet.</p>'
    }`,
  );
}

/** One message: its headers, its links, its text, and its HTML in a sandboxed frame. */
export function renderMailboxMessage(message: ReceivedMessage): string {
  const links = [...new Set(message.text.match(/https?:\/\/[^\s<>"]+/g) ?? [])];
  return page(
    message.subject,
    `<p><a href="/">← All messages</a></p><h1>${escapeHtml(message.subject || '(no subject)')}</h1>
<p>From ${escapeHtml(message.from)}<br>To ${escapeHtml(message.to.join(', '))}<br><span class="muted">${message.receivedAt.toISOString()}</span></p>
${links.length ? `<p>Links: ${links.map((l) => `<a href="${escapeHtml(l)}">${escapeHtml(l)}</a>`).join('<br>')}</p>` : ''}
${message.html ? `<iframe sandbox title="HTML part" src="/messages/${message.id}/html"></iframe>` : ''}
<h2>Text</h2><pre>${escapeHtml(message.text)}</pre>`,
  );
}
