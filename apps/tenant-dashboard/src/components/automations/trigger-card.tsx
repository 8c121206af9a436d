'use client';
import { useId } from 'react';
import {
  TRIGGER_LABELS,
  TRIGGER_TYPES,
  type TriggerDraft,
  type TriggerType,
} from '../../lib/workflow-draft.ts';
import { FormulaField } from './formula-field.tsx';
import { SchedulePreview } from './schedule-preview.tsx';
import { TablePicker } from './table-picker.tsx';
import { TemplateScope } from './template-scope.tsx';
import { useTable } from './use-table-fields.ts';
import { WebhookUrl } from './webhook-url.tsx';

const TIME_ZONES =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/** A trigger of another type, keeping the table it watched where the new type has one. */
function switchType(trigger: TriggerDraft, type: TriggerType): TriggerDraft {
  const table = { baseId: trigger.baseId ?? '', tableId: trigger.tableId ?? '' };
  switch (type) {
    case 'RECORD_CREATED':
    case 'MANUAL':
      return { type, ...table };
    case 'RECORD_UPDATED':
      return { type, ...table, fields: [] };
    case 'RECORD_MATCHES':
      return { type, ...table, formula: '' };
    case 'SCHEDULE':
      return { type, cron: '0 9 * * 1-5', timeZone: 'UTC' };
    case 'WEBHOOK':
      return { type };
  }
}

/** What starts the automation, and its settings. */
export function TriggerCard({
  workspaceId,
  workflowId,
  webhookUrl,
  canEdit,
  trigger,
  onChange,
  error,
}: {
  workspaceId: string;
  workflowId: string | null;
  webhookUrl: string | null;
  canEdit: boolean;
  trigger: TriggerDraft;
  onChange: (trigger: TriggerDraft) => void;
  error: string | null;
}) {
  const id = useId();
  const table = useTable(trigger.baseId, trigger.tableId);
  const fields = table?.fields ?? [];
  const watchesTable = trigger.type !== 'SCHEDULE' && trigger.type !== 'WEBHOOK';
  const set = (patch: Partial<TriggerDraft>) => onChange({ ...trigger, ...patch });
  const watched = new Set(trigger.fields ?? []);

  return (
    <section className="card step-card trigger-card" aria-label="Trigger">
      <div className="card-header">
        <div>
          <span className="step-kind">Trigger</span>
          <h2>{TRIGGER_LABELS[trigger.type]}</h2>
        </div>
      </div>
      <TemplateScope>
        <div className="card-body">
          <div className="field">
            <label htmlFor={`${id}-type`}>Trigger type</label>
            <select
              id={`${id}-type`}
              value={trigger.type}
              onChange={(e) => onChange(switchType(trigger, e.target.value as TriggerType))}
            >
              {TRIGGER_TYPES.map((type) => (
                <option key={type} value={type}>
                  {TRIGGER_LABELS[type]}
                </option>
              ))}
            </select>
          </div>
          {watchesTable ? (
            <TablePicker
              workspaceId={workspaceId}
              baseId={trigger.baseId}
              tableId={trigger.tableId}
              optional={trigger.type === 'MANUAL'}
              onChange={(next) => set(next)}
            />
          ) : null}
          {trigger.type === 'RECORD_UPDATED' ? (
            <fieldset className="field">
              <legend className="label">Only when these fields change (none: any field)</legend>
              <div className="event-picker">
                {fields.map((field) => (
                  <label key={field.id}>
                    <input
                      type="checkbox"
                      checked={watched.has(field.name)}
                      onChange={(e) => {
                        const next = new Set(watched);
                        if (e.target.checked) next.add(field.name);
                        else next.delete(field.name);
                        set({ fields: [...next] });
                      }}
                    />
                    <span>{field.name}</span>
                  </label>
                ))}
              </div>
              {!table ? <p className="field-hint">Choose a table to pick its fields.</p> : null}
            </fieldset>
          ) : null}
          {trigger.type === 'RECORD_MATCHES' ? (
            <FormulaField
              label="Conditions"
              value={trigger.formula ?? ''}
              onChange={(formula) => set({ formula })}
              fields={fields}
              hint="Runs once each time a record starts matching."
            />
          ) : null}
          {trigger.type === 'SCHEDULE' ? (
            <>
              <div className="form-row" style={{ alignItems: 'flex-start' }}>
                <div className="field">
                  <label htmlFor={`${id}-cron`}>Cron expression</label>
                  <input
                    id={`${id}-cron`}
                    className="mono"
                    value={trigger.cron ?? ''}
                    placeholder="0 9 * * 1-5"
                    onChange={(e) => set({ cron: e.target.value })}
                  />
                  <p className="field-hint">
                    5 fields (minute hour day month weekday), or 6 with seconds first.
                  </p>
                </div>
                <div className="field">
                  <label htmlFor={`${id}-tz`}>Time zone</label>
                  <input
                    id={`${id}-tz`}
                    list={`${id}-zones`}
                    value={trigger.timeZone ?? ''}
                    placeholder="UTC"
                    onChange={(e) => set({ timeZone: e.target.value })}
                  />
                  <datalist id={`${id}-zones`}>
                    {TIME_ZONES.map((zone) => (
                      <option key={zone} value={zone} />
                    ))}
                  </datalist>
                </div>
              </div>
              <SchedulePreview cron={trigger.cron ?? ''} timeZone={trigger.timeZone ?? 'UTC'} />
            </>
          ) : null}
          {trigger.type === 'WEBHOOK' ? (
            <WebhookUrl workflowId={workflowId} url={webhookUrl} canEdit={canEdit} />
          ) : null}
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      </TemplateScope>
    </section>
  );
}
