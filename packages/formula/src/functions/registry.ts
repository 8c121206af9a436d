import type { FunctionSpec } from '../runtime.ts';
import { aggregateFunctions } from './aggregate.ts';
import { arrayFunctions } from './arrays.ts';
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

/** Looks a function up by its upper-cased name. */
export function lookupFunction(name: string): FunctionSpec | undefined {
  return registry.get(name);
}

/** Every supported function name, sorted. */
export function supportedFunctions(): string[] {
  return [...registry.keys()].sort();
}
