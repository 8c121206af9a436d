import { RE2JS, RE2JSException } from 're2js';
import { BoundedCache } from '../bounded-cache.ts';
import { toText } from '../coerce.ts';
import type { FunctionSpec } from '../runtime.ts';
import { errorValue, FormulaErrorValue } from '../values.ts';

// Airtable's regexes are RE2, and so are these: matching takes time linear in the input
// whatever the pattern, so a user's pattern cannot stall a filter over many records.
// RE2 has no backreferences or lookarounds; such patterns are #ERROR!, as in Airtable.
const cache = new BoundedCache<string, RE2JS | FormulaErrorValue>(500);

function compile(pattern: string): RE2JS | FormulaErrorValue {
  let regex = cache.get(pattern);
  if (regex) return regex;
  try {
    regex = RE2JS.compile(pattern);
  } catch (error) {
    if (!(error instanceof RE2JSException)) throw error;
    regex = errorValue(`Invalid regular expression ${JSON.stringify(pattern)}: ${error.message}`);
  }
  cache.set(pattern, regex);
  return regex;
}

/** REGEX_MATCH, REGEX_EXTRACT, REGEX_REPLACE. */
export const regexFunctions: FunctionSpec[] = [
  {
    name: 'REGEX_MATCH',
    minArgs: 2,
    maxArgs: 2,
    call: ([s, pattern]) => {
      const regex = compile(toText(pattern!));
      return regex instanceof FormulaErrorValue ? regex : regex.test(toText(s!));
    },
  },
  {
    // No match is an error, as in Airtable: guard with REGEX_MATCH or ISERROR.
    name: 'REGEX_EXTRACT',
    minArgs: 2,
    maxArgs: 2,
    call: ([s, pattern]) => {
      const regex = compile(toText(pattern!));
      if (regex instanceof FormulaErrorValue) return regex;
      const matcher = regex.matcher(toText(s!));
      return matcher.find() ? (matcher.group() ?? '') : errorValue('REGEX_EXTRACT found no match');
    },
  },
  {
    // Every match is replaced; $1 and $<name> refer to groups, $& to the match, $$ is "$".
    name: 'REGEX_REPLACE',
    minArgs: 3,
    maxArgs: 3,
    call: ([s, pattern, replacement]) => {
      const regex = compile(toText(pattern!));
      if (regex instanceof FormulaErrorValue) return regex;
      return regex.matcher(toText(s!)).replaceAll(toText(replacement!));
    },
  },
];
