// The assistant when the platform has no model: members are told to ask an admin, admins what
// to set (the platform's own words).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChatIntro } from '../src/components/assistant/chat-intro.tsx';

const MESSAGE =
  'The assistant is not configured: set OPENAI_API_KEY (and OPENAI_BASE_URL and LLM_MODEL for an OpenAI-compatible endpoint) on the llm service.';

const render = (canConfigure: boolean, configured = false) =>
  renderToStaticMarkup(
    createElement(ChatIntro, { configured, message: MESSAGE, canConfigure, onAsk: () => {} }),
  ).replace(/<[^>]+>/g, ' ');

describe('the unconfigured assistant', () => {
  it('tells a member to ask an admin, without the settings', () => {
    const text = render(false);
    expect(text).toContain('Ask an admin of this workspace to turn it on');
    expect(text).not.toContain('OPENAI_API_KEY');
  });

  it('tells an admin what to set', () => {
    const text = render(true);
    expect(text).toContain(MESSAGE);
    expect(text).toContain('Restart the platform after setting them');
  });

  it('offers questions once it is configured', () => {
    expect(render(false, true)).toContain('How many deals are in the Won stage');
  });
});
