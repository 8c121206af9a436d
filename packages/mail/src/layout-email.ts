/** What an email says; `layoutEmail` turns it into matching HTML and text. */
export interface EmailContent {
  /** The headline, also the first line of the text part. */
  heading: string;
  paragraphs: string[];
  /** The one thing to do, as a button (HTML) and a URL on its own line (text). */
  action?: { label: string; url: string };
  /** Small print: why they got it, how to stop it. */
  footer?: string[];
  /** A one-click unsubscribe link shown in the footer. */
  unsubscribeUrl?: string;
}

const escapeHtml = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** The HTML and plain-text parts of an email, from one description (values are escaped). */
export function layoutEmail(content: EmailContent): { html: string; text: string } {
  const footer = [
    ...(content.footer ?? []),
    ...(content.unsubscribeUrl ? [`Unsubscribe: ${content.unsubscribeUrl}`] : []),
  ];
  const text = [
    content.heading,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    ...(footer.length ? ['--', ...footer] : []),
  ]
    .join('\n')
    .trimEnd();
  const button = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#2d6cdf;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(content.action.label)}</a></p>`
    : '';
  const small = [
    ...(content.footer ?? []).map((line) => escapeHtml(line)),
    ...(content.unsubscribeUrl
      ? [`<a href="${escapeHtml(content.unsubscribeUrl)}" style="color:#6b7280">Unsubscribe</a>`]
      : []),
  ];
  const html = `<!doctype html>
<html><body style="margin:0;background:#f5f6f8;font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#1f2937">
<div style="max-width:560px;margin:0 auto;padding:32px 24px">
<div style="background:#fff;border-radius:10px;padding:28px;border:1px solid #e5e7eb">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(content.heading)}</h1>
${content.paragraphs.map((p) => `<p style="line-height:1.5;margin:0 0 12px">${escapeHtml(p)}</p>`).join('\n')}
${button}
</div>
${small.length ? `<p style="font-size:12px;color:#6b7280;line-height:1.5;margin:16px 4px">${small.join('<br>')}</p>` : ''}
</div></body></html>`;
  return { html, text };
}
