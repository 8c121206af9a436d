import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../src/bounded-cache.ts';
import { run } from './helpers.ts';

const cells = { Name: 'Ada Lovelace', Email: 'ada@example.com', Missing: null };

describe('regex functions are RE2, as Airtable’s are', () => {
  it.each([
    // The reference's examples.
    ['REGEX_MATCH("Hello World", "Hello.World")', true],
    ['REGEX_EXTRACT("Hello World", "W.*")', 'World'],
    ['REGEX_REPLACE("Hello World", " W.*", "")', 'Hello'],
    ['REGEX_MATCH("Hello World", "W.r")', true],
    ['REGEX_MATCH("Hello World", "^World")', false],
    ['REGEX_MATCH("Hello World", "(?i)hello")', true],
    ['REGEX_MATCH("Hello World", "hello")', false],
    ['REGEX_MATCH(Missing, "^$")', true],
    ['REGEX_MATCH("a1b2", "\\\\d")', true],
    ['REGEX_EXTRACT("Order #1234 shipped", "\\\\d+")', '1234'],
    ['REGEX_EXTRACT("abc", "\\\\d+")', '#ERROR!'],
    ['REGEX_EXTRACT(Email, "@.*")', '@example.com'],
    ['REGEX_EXTRACT(Name, "^\\\\w+")', 'Ada'],
    ['ISERROR(REGEX_EXTRACT("abc", "z"))', true],
    ['REGEX_REPLACE("a1b22c333", "\\\\d+", "#")', 'a#b#c#'],
    ['REGEX_REPLACE("2024-03-15", "(\\\\d+)-(\\\\d+)-(\\\\d+)", "$3/$2/$1")', '15/03/2024'],
    ['REGEX_REPLACE("Hello", "(?i)h", "J")', 'Jello'],
    ['REGEX_REPLACE("same", "x", "y")', 'same'],
    ['REGEX_MATCH("abc", "(")', '#ERROR!'],
    ['REGEX_REPLACE("a-b", "\\\\-", "+")', 'a+b'],
  ])('%s gives %j', (source, expected) => {
    expect(run(source, cells)).toEqual(expected);
  });

  it.each([
    ['REGEX_MATCH("line1\\nline2", "^line2$")', false],
    ['REGEX_MATCH("line1\\nline2", "(?m)^line2$")', true],
    ['REGEX_MATCH("a\\nb", "a.b")', false],
    ['REGEX_MATCH("a\\nb", "(?s)a.b")', true],
    ['REGEX_MATCH("ÄRGER", "(?i)ärger")', true],
    ['REGEX_MATCH("Größe", "^\\\\pL+$")', true],
    ['REGEX_MATCH("αβγ", "\\\\p{Greek}")', true],
    ['REGEX_EXTRACT("2024-03-15", "(?P<year>\\\\d{4})")', '2024'],
    [
      'REGEX_REPLACE("2024-03-15", "(?P<year>\\\\d{4})-(?P<m>\\\\d\\\\d)", "$<m>/$<year>")',
      '03/2024-15',
    ],
    ['REGEX_REPLACE("cost", "cost", "$$5")', '$5'],
    ['REGEX_REPLACE("ab", "b", "[$&]")', 'a[b]'],
    ['REGEX_REPLACE("abc", "x*", "-")', '-a-b-c-'],
    // RE2 has no lookarounds or backreferences: Airtable shows #ERROR! for them.
    ['REGEX_MATCH("abc", "a(?=b)")', '#ERROR!'],
    ['REGEX_MATCH("aa", "(a)\\\\1")', '#ERROR!'],
  ])('follows RE2 syntax: %s gives %j', (source, expected) => {
    expect(run(source, cells)).toEqual(expected);
  });

  it('answers a catastrophic pattern that would backtrack forever in JavaScript', () => {
    // With RegExp, (a+)+$ against 30 a's and a b tries 2^30 ways before failing.
    expect(run('REGEX_MATCH(REPT("a", 30) & "b", "(a+)+$")')).toBe(false);
    expect(run('REGEX_MATCH(REPT("a", 30), "(a+)+$")')).toBe(true);
    expect(run('REGEX_REPLACE(REPT("a", 5000) & "b", "(a|aa)*c", "x")')).toBe(
      `${'a'.repeat(5000)}b`,
    );
  });

  it('keeps working past the size of its pattern cache', () => {
    for (let i = 0; i < 1200; i++) {
      expect(run(`REGEX_MATCH("n${i}", "^n${i}$")`)).toBe(true);
    }
    expect(run('REGEX_MATCH("n0", "^n0$")')).toBe(true);
  });
});

describe('BoundedCache', () => {
  it('forgets the least recently used entry past its limit', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('replaces a value without growing', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('a', 2);
    expect(cache.size).toBe(1);
    expect(cache.get('a')).toBe(2);
  });
});
