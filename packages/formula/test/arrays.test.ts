import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

const cells = {
  Tags: ['red', 'green', 'blue'],
  Dupes: [1, 2, 3, 3, 2, 1],
  Holes: [1, 2, false, null, 5, '', ' '],
  Nested: [[1, 2, '', 3], [false]],
  Letters: ['A', 'B', 'C', 'D'],
  MixedTypes: [1, '1', 1],
};

describe('array functions', () => {
  it.each([
    ['ARRAYJOIN(Tags)', 'red, green, blue'],
    ['ARRAYJOIN(Tags, "; ")', 'red; green; blue'],
    ['ARRAYJOIN(Tags, "")', 'redgreenblue'],
    ['ARRAYJOIN(Missing, ",")', ''],
    ['ARRAYJOIN("solo", ",")', 'solo'],
    ['ARRAYJOIN(Nested, "|")', '1|2||3|0'],
    ['ARRAYJOIN(Dupes, "")', '123321'],
    ['ARRAYUNIQUE(Dupes)', [1, 2, 3]],
    ['ARRAYUNIQUE(MixedTypes)', [1, '1']],
    ['ARRAYUNIQUE(Missing)', []],
    ['ARRAYCOMPACT(Holes)', [1, 2, false, 5, ' ']],
    ['ARRAYCOMPACT(Missing)', []],
    ['ARRAYFLATTEN(Nested)', [1, 2, '', 3, false]],
    ['ARRAYFLATTEN(Tags)', ['red', 'green', 'blue']],
    ['ARRAYFLATTEN("x")', ['x']],
    ['ARRAYSLICE(Letters, 2, 3)', ['B', 'C']],
    ['ARRAYSLICE(Letters, 2)', ['B', 'C', 'D']],
    ['ARRAYSLICE(Letters, -2)', ['C', 'D']],
    ['ARRAYSLICE(Letters, 1, -2)', ['A', 'B', 'C']],
    ['ARRAYJOIN(ARRAYUNIQUE(ARRAYFLATTEN(Nested)), "-")', '1-2--3-0'],
    ['COUNTALL(ARRAYCOMPACT(Holes))', 5],
    ['LEN(ARRAYJOIN(Tags, ""))', 12],
    ['FIND("green", ARRAYJOIN(Tags, ","))', 5],
    ['FIND("purple", ARRAYJOIN(Tags, ","))', 0],
    ['Tags = "red, green, blue"', true],
    ['Tags & ""', 'red, green, blue'],
    ['ARRAYCOMPACT(Holes) & ""', '1, 2, 0, 5,  '],
    ['IF(Tags, "has tags", "none")', 'has tags'],
    ['IF(ARRAYCOMPACT(Missing), "has", "none")', 'none'],
  ])('%s gives %j', (source, expected) => {
    expect(run(source, cells)).toEqual(expected);
  });
});
