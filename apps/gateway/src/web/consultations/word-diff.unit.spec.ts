import { wordDiff } from './word-diff';

const joined = (parts: ReturnType<typeof wordDiff>, keep: 'before' | 'after'): string =>
  parts
    .filter((part) => part.kind === 'same' || part.kind === (keep === 'before' ? 'removed' : 'added'))
    .map((part) => part.text)
    .join('');

describe('a word diff of two versions of a measure', () => {
  it('marks only the words an amendment added or removed', () => {
    expect(wordDiff('Free classes in the evenings.', 'Free classes twice a week in the evenings.')).toEqual([
      { kind: 'same', text: 'Free classes ' },
      { kind: 'added', text: 'twice a week ' },
      { kind: 'same', text: 'in the evenings.' },
    ]);
    expect(wordDiff('Interpreters at every desk.', 'Interpreters at some desks.')).toEqual([
      { kind: 'same', text: 'Interpreters at ' },
      { kind: 'removed', text: 'every desk.' },
      { kind: 'added', text: 'some desks.' },
    ]);
    expect(wordDiff('during the day.', 'during the day. Parents may come.')).toEqual([
      { kind: 'same', text: 'during the day. ' },
      { kind: 'added', text: 'Parents may come.' },
    ]);
  });

  it('gives back both texts, spaces aside, in any script', () => {
    const before = 'دروس لغة مجانية في المساء  للقادمين الجدد';
    const after = 'دروس لغة مجانية مرتين في الأسبوع في المساء';
    const parts = wordDiff(before, after);
    const words = (text: string): string[] => text.trim().split(/\s+/);
    expect(words(joined(parts, 'before'))).toEqual(words(before));
    expect(words(joined(parts, 'after'))).toEqual(words(after));
  });

  it('shows a field added or emptied whole', () => {
    expect(wordDiff('', 'New text')).toEqual([{ kind: 'added', text: 'New text' }]);
    expect(wordDiff('Old text', '')).toEqual([{ kind: 'removed', text: 'Old text' }]);
  });
});
