// Search in the grid: words to look for, cells to jump between, text parts to mark.
import { describe, expect, it } from 'vitest';
import { findMatches, markParts, searchTerms } from '../src/lib/search-matches.ts';

describe('search matches', () => {
  it('takes the words of a search, lowercased, without one-letter words', () => {
    expect(searchTerms('  Atlas a  PILOT atlas ')).toEqual(['atlas', 'pilot']);
  });

  it('finds the cells holding a word, row by row', () => {
    const fields = [
      { name: 'Name', type: 'singleLineText' },
      { name: 'Stage', type: 'singleSelect' },
    ];
    const records = [
      { id: 'rec1', createdTime: '', fields: { Name: 'Atlas Pilot', Stage: 'Won' } },
      { id: 'rec2', createdTime: '', fields: { Name: 'Nimbus', Stage: 'Pilot' } },
    ];
    expect(findMatches(records, fields, ['pilot'])).toEqual([
      { row: 0, col: 0 },
      { row: 1, col: 1 },
    ]);
    expect(findMatches(records, fields, [])).toEqual([]);
  });

  it('marks every occurrence, keeping the text as written', () => {
    expect(markParts('Atlas Software – atlas', ['atlas', 'soft'])).toEqual([
      { text: 'Atlas', match: true },
      { text: ' ', match: false },
      { text: 'Soft', match: true },
      { text: 'ware – ', match: false },
      { text: 'atlas', match: true },
    ]);
    expect(markParts('Nothing here', ['zz'])).toEqual([{ text: 'Nothing here', match: false }]);
  });
});
