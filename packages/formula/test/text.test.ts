import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

const cells = { Name: 'Ada Lovelace', Phrase: 'chicken & waffles', Num: 42, Tags: ['x', 'y'] };

describe('text functions follow Airtable’s reference', () => {
  it.each([
    ['CONCATENATE("a", "b", "c")', 'abc'],
    ['CONCATENATE(Name, " (", Num, ")")', 'Ada Lovelace (42)'],
    ['CONCATENATE(Missing, "x")', 'x'],
    ['LEN("hello")', 5],
    ['LEN("")', 0],
    ['LEN(Missing)', 0],
    ['LEN(Num)', 2],
    ['LOWER("HeLLo")', 'hello'],
    ['UPPER("HeLLo")', 'HELLO'],
    ['UPPER(Missing)', ''],
    ['TRIM("  Hello!  ")', 'Hello!'],
    ['TRIM("\\n tab\\t ")', 'tab'],
    ['LEFT("quick brown fox", 5)', 'quick'],
    ['LEFT("abc", 10)', 'abc'],
    ['LEFT("abc", 0)', ''],
    ['RIGHT("quick brown fox", 3)', 'fox'],
    ['RIGHT("abc", 0)', ''],
    ['RIGHT("abc", 5)', 'abc'],
    ['MID("quick brown fox", 7, 5)', 'brown'],
    ['MID("abc", 2, 10)', 'bc'],
    ['MID("abc", 0, 2)', 'ab'],
    ['FIND("fox", "quick brown fox")', 13],
    ['FIND("cat", "quick brown fox")', 0],
    ['FIND("o", "hello world")', 5],
    ['FIND("o", "hello world", 5)', 8],
    ['FIND("O", "hello world")', 0],
    ['FIND("x", Missing)', 0],
    ['FIND("", "abc")', 1],
    ['SEARCH("fox", "quick brown fox")', 13],
    ['SEARCH("cat", "quick brown fox")', null],
    ['SEARCH("Fox", "quick brown fox")', null],
    ['SUBSTITUTE("gold mold", "old", "et")', 'get met'],
    ['SUBSTITUTE("gold mold", "old", "et", 2)', 'gold met'],
    ['SUBSTITUTE("gold mold", "old", "et", 3)', 'gold mold'],
    ['SUBSTITUTE("aaa", "", "b")', 'aaa'],
    ['SUBSTITUTE("a.b.c", ".", "")', 'abc'],
    ['REPLACE("database", 2, 5, "o")', 'dose'],
    ['REPLACE("abc", 1, 0, "X")', 'Xabc'],
    ['REPLACE("abc", 4, 0, "X")', 'abcX'],
    ['REPT("Hi! ", 3)', 'Hi! Hi! Hi! '],
    ['REPT("x", 0)', ''],
    ['REPT("x", -2)', ''],
    ['T("text")', 'text'],
    ['T(42)', null],
    ['T(Missing)', null],
    ['T(Tags)', 'x, y'],
    ['VALUE("$1000")', 1000],
    ['VALUE("1,234.5")', 1234.5],
    ['VALUE("-12")', -12],
    ['VALUE(" 7 ")', 7],
    ['VALUE(3)', 3],
    ['VALUE("")', null],
    ['VALUE("abc")', null],
    ['VALUE("1.2.3")', '#ERROR!'],
    ['ENCODE_URL_COMPONENT(Phrase)', 'chicken%20%26%20waffles'],
    ['ENCODE_URL_COMPONENT("a-b_c.d~e")', 'a-b_c.d~e'],
    ['ENCODE_URL_COMPONENT("ü/?")', '%C3%BC%2F%3F'],
    ['LEFT(Name, FIND(" ", Name) - 1)', 'Ada'],
    ['lower(left(Name, 3))', 'ada'],
    ['LEFT("abc", Name)', '#ERROR!'],
  ])('%s gives %j', (source, expected) => {
    expect(run(source, cells)).toEqual(expected);
  });
});

describe('regex functions use JavaScript regular expressions with RE2-style inline flags', () => {
  it.each([
    ['REGEX_MATCH("Hello World", "W.r")', true],
    ['REGEX_MATCH("Hello World", "^World")', false],
    ['REGEX_MATCH("Hello World", "(?i)hello")', true],
    ['REGEX_MATCH("Hello World", "hello")', false],
    ['REGEX_MATCH(Missing, "^$")', true],
    ['REGEX_MATCH("a1b2", "\\\\d")', true],
    ['REGEX_EXTRACT("Order #1234 shipped", "\\\\d+")', '1234'],
    ['REGEX_EXTRACT("abc", "\\\\d+")', '#ERROR!'],
    ['REGEX_EXTRACT("john@example.com", "@.*")', '@example.com'],
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
});
