import { describe, expect, it, onTestFinished } from 'vitest';
import { createMailer, layoutEmail, startLocalMailbox } from '../src/index.ts';

describe('mail', () => {
  it('delivers a laid-out email over SMTP to the local mailbox, which lists and shows it', async () => {
    const mailbox = await startLocalMailbox();
    onTestFinished(() => mailbox.close());
    const mailer = createMailer({
      smtpUrl: mailbox.smtpUrl,
      from: 'Platform <no-reply@example.com>',
    });
    onTestFinished(() => mailer.close());

    const content = layoutEmail({
      heading: 'Ada invited you to <Sales>',
      paragraphs: ['Join as an editor.'],
      action: { label: 'Accept the invitation', url: 'http://localhost:3000/invite/inv_abc' },
      unsubscribeUrl: 'http://localhost:4000/unsubscribe?t=x',
    });
    await mailer.send({
      to: 'bob@example.com',
      subject: 'Ada invited you to Sales',
      ...content,
      headers: { 'List-Unsubscribe': '<http://localhost:4000/unsubscribe?t=x>' },
    });

    const message = await mailbox.waitFor((m) => m.to.includes('bob@example.com'));
    expect(message.subject).toBe('Ada invited you to Sales');
    expect(message.from).toContain('no-reply@example.com');
    expect(message.text).toContain('Accept the invitation: http://localhost:3000/invite/inv_abc');
    expect(message.html).toContain('Ada invited you to &lt;Sales&gt;');
    expect(message.headers['list-unsubscribe']).toBe('<http://localhost:4000/unsubscribe?t=x>');

    const list = await (await fetch(mailbox.url)).text();
    expect(list).toContain(`/messages/${message.id}`);
    const shown = await fetch(`${mailbox.url}/messages/${message.id}`);
    expect(shown.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await shown.text()).toContain('http://localhost:3000/invite/inv_abc');
  });

  it('refuses to send when no SMTP URL is set', async () => {
    const mailer = createMailer({ from: 'x@example.com' });
    expect(mailer.configured).toBe(false);
    await expect(
      mailer.send({ to: 'a@example.com', subject: 's', html: '', text: '' }),
    ).rejects.toThrow(/SMTP_URL/);
  });
});
