import type { FunctionSpec } from '../runtime.ts';
import { aggregateFunctions } from './aggregate.ts';
import { arrayFunctions } from './arrays.ts';
import { callerFunctions } from './caller.ts';
import { dateFormatFunctions } from './date-format.ts';
import { datePartFunctions } from './date-parts.ts';
import { dateFunctions } from './dates.ts';
import { logicalFunctions } from './logical.ts';
import { numericFunctions } from './numeric.ts';
import { recordFunctions } from './record.ts';
import { regexFunctions } from './regex.ts';
import { textFunctions } from './text.ts';
import { workdayFunctions } from './workdays.ts';

const registry = new Map<string, FunctionSpec>();
for (const spec of [
  ...logicalFunctions,
  ...textFunctions,
  ...regexFunctions,
  ...numericFunctions,
  ...aggregateFunctions,
  ...dateFunctions,
  ...dateFormatFunctions,
  ...datePartFunctions,
  ...workdayFunctions,
  ...arrayFunctions,
  ...recordFunctions,
]) {
  registry.set(spec.name, spec);
}

const withCaller = new Map([...registry, ...callerFunctions.map((s) => [s.name, s] as const)]);

/** Looks a function up by its upper-cased name; `caller` adds CURRENT_USER_EMAIL/ID. */
export function lookupFunction(name: string, caller = false): FunctionSpec | undefined {
  return (caller ? withCaller : registry).get(name);
}

/** Every supported function name, sorted. */
export function supportedFunctions(): string[] {
  return [...registry.keys()].sort();
}
