import type { Person } from '../directory.ts';

const normalize = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9@.+]/g, '');

/**
 * The members a comment's @tokens name: a full email, the part before its @, the full name
 * (spaces ignored), or a first name no other member shares.
 */
export function matchMentions(tokens: readonly string[], members: readonly Person[]): Person[] {
  const found = new Map<string, Person>();
  const firstNames = new Map<string, Person[]>();
  for (const m of members) {
    const first = normalize(m.name.split(/\s+/)[0] ?? '');
    if (first) firstNames.set(first, [...(firstNames.get(first) ?? []), m]);
  }
  for (const raw of tokens) {
    const token = normalize(raw);
    if (!token) continue;
    const match = members.filter(
      (m) =>
        normalize(m.email) === token ||
        normalize(m.email.split('@')[0] ?? '') === token ||
        normalize(m.name) === token,
    );
    const byFirst = firstNames.get(token);
    for (const m of match.length ? match : byFirst?.length === 1 ? byFirst : []) found.set(m.id, m);
  }
  return [...found.values()];
}
