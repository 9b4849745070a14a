import { describe, expect, it } from 'vitest';
import type { Note } from '../../catalog/schema.ts';
import { markRanges, numberFootnotes } from './sheet-footnote-numbers.ts';

const note = (id: string, en = `Text of ${id}.`): Note => ({
  id,
  section: 'transport',
  kind: 'bullet',
  sourceLine: 1,
  ja: `${en} (ja)`,
  en,
  concerns: [],
  errata: [],
});

describe('numberFootnotes', () => {
  const notes = [note('a'), note('b'), note('c'), note('same-1', 'Same.'), note('same-2', 'Same.')];

  it('numbers notes in order of first use, and gives each entry its numbers in order', () => {
    const { footnotes, marks } = numberFootnotes(
      [{ noteIds: ['b', 'a'] }, { noteIds: ['a', 'c'] }, { noteIds: [] }],
      notes,
    );
    expect(footnotes.map((f) => [f.number, f.noteIds])).toEqual([
      [1, ['b']],
      [2, ['a']],
      [3, ['c']],
    ]);
    expect(marks).toEqual([[1, 2], [2, 3], []]);
  });

  it('gives notes with the same text one number, naming both ids', () => {
    const { footnotes, marks } = numberFootnotes(
      [{ noteIds: ['same-1'] }, { noteIds: ['same-2', 'a'] }],
      notes,
    );
    expect(footnotes.map((f) => f.noteIds)).toEqual([['same-1', 'same-2'], ['a']]);
    expect(marks).toEqual([[1], [1, 2]]);
  });

  it('leaves out skipped and unknown notes', () => {
    const { footnotes, marks } = numberFootnotes(
      [{ noteIds: ['support', 'missing', 'c'] }],
      [...notes, note('support')],
      new Set(['support']),
    );
    expect(footnotes.map((f) => f.noteIds)).toEqual([['c']]);
    expect(marks).toEqual([[1]]);
  });
});

describe('markRanges', () => {
  it('writes runs of three or more as a range', () => {
    expect(markRanges([1, 2, 3, 5])).toBe('1–3, 5');
    expect(markRanges([4, 5])).toBe('4, 5');
    expect(markRanges([9, 7, 8, 8, 12])).toBe('7–9, 12');
    expect(markRanges([])).toBe('');
  });
});
