import { CronExpressionParser } from 'cron-parser';
import { badUserInput } from '@pyairtable/subgraph-kit';

/** A time zone the runtime knows (IANA name, e.g. Europe/Paris). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The next `count` times a cron expression (5 fields, or 6 with seconds first) fires after
 * `after`, in a time zone. BAD_USER_INPUT naming `field` for a bad expression or zone.
 */
export function nextScheduleTimes(
  cron: string,
  timeZone: string,
  after: Date,
  count: number,
  field = 'cron',
): Date[] {
  if (!isTimeZone(timeZone)) throw badUserInput(`Unknown time zone "${timeZone}".`, 'timeZone');
  const fields = cron.trim().split(/\s+/).length;
  if (fields !== 5 && fields !== 6)
    throw badUserInput('A cron expression has 5 fields (or 6, with seconds first).', field);
  try {
    const expression = CronExpressionParser.parse(cron, { tz: timeZone, currentDate: after });
    return expression.take(count).map((d) => d.toDate());
  } catch (error) {
    throw badUserInput(`Not a valid cron expression: ${(error as Error).message}`, field);
  }
}
