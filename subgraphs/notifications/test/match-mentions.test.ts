import { describe, expect, it } from 'vitest';
import { matchMentions } from '../src/ingest/match-mentions.ts';

const ada = { id: '1', name: 'Ada Lovelace', email: 'ada@example.com' };
const alan = { id: '2', name: 'Alan Turing', email: 'a.turing@example.com' };
const alan2 = { id: '3', name: 'Alan Kay', email: 'kay@example.com' };

describe('matchMentions', () => {
  it('finds members by full name, email, the email’s local part, or a first name only they have', () => {
    const members = [ada, alan, alan2];
    expect(matchMentions(['Ada Lovelace'], members)).toEqual([ada]);
    expect(matchMentions(['ada'], members)).toEqual([ada]);
    expect(matchMentions(['a.turing'], members)).toEqual([alan]);
    expect(matchMentions(['kay@example.com'], members)).toEqual([alan2]);
    expect(matchMentions(['AlanTuring'], members)).toEqual([alan]);
  });

  it('names nobody when a first name is shared or unknown', () => {
    expect(matchMentions(['alan', 'grace'], [ada, alan, alan2])).toEqual([]);
  });
});
