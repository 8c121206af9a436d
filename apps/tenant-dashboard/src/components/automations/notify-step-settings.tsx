'use client';
import { useState } from 'react';
import type { StepDraft } from '../../lib/workflow-draft.ts';
import { TemplateInput } from './template-input.tsx';

/** notify: who gets it (the owner, every member, or people by id), its title and text. */
export function NotifyStepSettings({
  step,
  set,
}: {
  step: StepDraft;
  set: (patch: Partial<StepDraft>) => void;
}) {
  const recipients = (Array.isArray(step.recipients) ? step.recipients : []) as string[];
  // The ids as typed: a trailing comma is not a recipient yet.
  const [people, setPeople] = useState(() =>
    recipients.filter((r) => r !== 'owner' && r !== 'members').join(', '),
  );
  const toggle = (who: 'owner' | 'members', on: boolean) =>
    set({
      recipients: on ? [...recipients, who] : recipients.filter((r) => r !== who),
    });
  return (
    <>
      <fieldset className="field">
        <legend className="label">Recipients</legend>
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={recipients.includes('owner')}
            onChange={(e) => toggle('owner', e.target.checked)}
          />
          The automation&apos;s owner
        </label>
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={recipients.includes('members')}
            onChange={(e) => toggle('members', e.target.checked)}
          />
          Every member of the workspace
        </label>
      </fieldset>
      <TemplateInput
        label="Also these people (user ids, comma-separated)"
        value={people}
        onChange={(text) => {
          setPeople(text);
          set({
            recipients: [
              ...recipients.filter((r) => r === 'owner' || r === 'members'),
              ...text
                .split(',')
                .map((r) => r.trim())
                .filter(Boolean),
            ],
          });
        }}
      />
      <TemplateInput
        label="Title"
        value={String(step.title ?? '')}
        onChange={(title) => set({ title })}
      />
      <TemplateInput
        label="Message"
        multiline
        value={String(step.body ?? '')}
        onChange={(body) => set({ body })}
        hint="In-app, and by email as each person's preferences say."
      />
    </>
  );
}
