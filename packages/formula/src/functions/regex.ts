import { toText } from '../coerce.ts';
import type { FunctionSpec } from '../runtime.ts';
import { errorValue, FormulaErrorValue } from '../values.ts';

const cache = new Map<string, RegExp | FormulaErrorValue>();

// Airtable's regexes are RE2; JavaScript lacks RE2's leading inline flags, so (?i) (?s) (?m) become flags.
function compile(pattern: string, global: boolean): RegExp | FormulaErrorValue {
  const key = `${global ? 'g' : '-'}${pattern}`;
  let regex = cache.get(key);
  if (regex) return regex;
  let source = pattern;
  let flags = global ? 'g' : '';
  const inline = /^\(\?([ims]+)\)/.exec(source);
  if (inline) {
    flags += [...new Set(inline[1])].join('');
    source = source.slice(inline[0].length);
  }
  try {
    regex = new RegExp(source, flags);
  } catch {
    regex = errorValue(`Invalid regular expression: ${pattern}`);
  }
  if (cache.size < 500) cache.set(key, regex);
  return regex;
}

/** REGEX_MATCH, REGEX_EXTRACT, REGEX_REPLACE. */
export const regexFunctions: FunctionSpec[] = [
  {
    name: 'REGEX_MATCH',
    minArgs: 2,
    maxArgs: 2,
    call: ([s, pattern]) => {
      const regex = compile(toText(pattern!), false);
      return regex instanceof FormulaErrorValue ? regex : regex.test(toText(s!));
    },
  },
  {
    // No match is an error, as in Airtable: guard with REGEX_MATCH or ISERROR.
    name: 'REGEX_EXTRACT',
    minArgs: 2,
    maxArgs: 2,
    call: ([s, pattern]) => {
      const regex = compile(toText(pattern!), false);
      if (regex instanceof FormulaErrorValue) return regex;
      const match = regex.exec(toText(s!));
      return match ? match[0] : errorValue('REGEX_EXTRACT found no match');
    },
  },
  {
    name: 'REGEX_REPLACE',
    minArgs: 3,
    maxArgs: 3,
    call: ([s, pattern, replacement]) => {
      const regex = compile(toText(pattern!), true);
      if (regex instanceof FormulaErrorValue) return regex;
      return toText(s!).replace(regex, toText(replacement!));
    },
  },
];
