/**
 * `{{ path }}` templates in step settings: `trigger.record.fields.Name`,
 * `steps.find.records[0].id`, `loop.item`, `fields["Deal name"]`. A string that is exactly one
 * template keeps the value's type; otherwise values are written into the text.
 */

const TEMPLATE = /\{\{\s*([^{}]*?)\s*\}\}/g;
const WHOLE = /^\{\{\s*([^{}]*?)\s*\}\}$/;

export class TemplatePathError extends Error {}

/** A path's segments: names and list positions. */
export function parsePath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  let rest = path.trim();
  if (!rest) throw new TemplatePathError('an empty template');
  let first = true;
  while (rest.length > 0) {
    let match: RegExpExecArray | null;
    if ((match = /^\[(\d{1,6})\]/.exec(rest))) segments.push(Number(match[1]));
    else if ((match = /^\[("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\]/.exec(rest)))
      segments.push(match[1]!.slice(1, -1).replace(/\\(.)/g, '$1'));
    else if ((match = (first ? /^([^.[\]]+)/ : /^\.([^.[\]]+)/).exec(rest)))
      segments.push(match[1]!.trim());
    else throw new TemplatePathError(`"${path}" is not a template path`);
    rest = rest.slice(match[0].length);
    first = false;
  }
  return segments;
}

/** Every template path in a value (strings, nested in lists and objects), with where it is. */
export function templatesIn(value: unknown, at: string): { path: string; at: string }[] {
  if (typeof value === 'string')
    return [...value.matchAll(TEMPLATE)].map((m) => ({ path: m[1]!, at }));
  if (Array.isArray(value)) return value.flatMap((v, i) => templatesIn(v, `${at}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => templatesIn(v, `${at}.${k}`));
  return [];
}

/** The value at a path of the scope; undefined when there is none. */
export function lookup(scope: unknown, segments: readonly (string | number)[]): unknown {
  let current: unknown = scope;
  for (const segment of segments) {
    if (current === null || current === undefined) return undefined;
    if (typeof segment === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[segment];
    } else {
      if (typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
      current = (current as Record<string, unknown>)[segment];
    }
  }
  return current;
}

/** A value as text inside a longer string. */
function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

/** Fills every template of a value from the scope. */
export function fillTemplates(value: unknown, scope: unknown): unknown {
  if (typeof value === 'string') {
    const whole = WHOLE.exec(value);
    if (whole) return lookup(scope, parsePath(whole[1]!)) ?? null;
    return value.replace(TEMPLATE, (_, path: string) => asText(lookup(scope, parsePath(path))));
  }
  if (Array.isArray(value)) return value.map((v) => fillTemplates(v, scope));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillTemplates(v, scope)]));
  return value;
}

/**
 * Fills the templates of a formula: each value goes in as a formula literal (a string in
 * quotes, a number, TRUE/FALSE, BLANK()), so a value can never change the formula's shape.
 */
export function fillFormula(formula: string, scope: unknown): string {
  return formula.replace(TEMPLATE, (_, path: string) => {
    const value = lookup(scope, parsePath(path));
    if (value === null || value === undefined) return 'BLANK()';
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value === 'boolean') return value ? 'TRUE()' : 'FALSE()';
    return JSON.stringify(asText(value));
  });
}
