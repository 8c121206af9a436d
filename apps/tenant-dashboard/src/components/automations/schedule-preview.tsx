'use client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { WORKFLOW_SCHEDULE_TIMES } from '../../lib/graphql/workflows.ts';
import { ErrorMessage, Spinner } from '../ui.tsx';

function formatIn(iso: string, timeZone: string): string {
  // dateStyle and timeStyle cannot be combined with timeZoneName, so the parts are named.
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  };
  try {
    return new Date(iso).toLocaleString('en-US', { ...options, timeZone });
  } catch {
    // A time zone the browser does not know (RangeError): the time in UTC still says when.
    return new Date(iso).toLocaleString('en-US', { ...options, timeZone: 'UTC' });
  }
}

/** The next 5 times a cron expression fires, asked again a moment after each keystroke. */
export function SchedulePreview({ cron, timeZone }: { cron: string; timeZone: string }) {
  const [asked, setAsked] = useState({ cron, timeZone });
  useEffect(() => {
    const timer = setTimeout(() => setAsked({ cron, timeZone }), 300);
    return () => clearTimeout(timer);
  }, [cron, timeZone]);
  const { data, previousData, loading, error } = useQuery(WORKFLOW_SCHEDULE_TIMES, {
    variables: { cron: asked.cron.trim(), timeZone: asked.timeZone.trim() || 'UTC' },
    skip: !asked.cron.trim(),
  });
  if (!cron.trim()) return null;
  const times = (data ?? previousData)?.workflowScheduleTimes ?? [];
  return (
    <div className="field" aria-live="polite">
      <span className="label">Next runs {loading ? <Spinner size={12} /> : null}</span>
      {error ? (
        <ErrorMessage error={error} compact />
      ) : (
        <ol className="schedule-times" aria-label="Next run times">
          {times.map((time) => (
            <li key={time}>{formatIn(time, asked.timeZone.trim() || 'UTC')}</li>
          ))}
        </ol>
      )}
    </div>
  );
}
