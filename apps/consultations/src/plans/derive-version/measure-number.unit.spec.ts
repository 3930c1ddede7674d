import { numberAfter } from './measure-number';

describe('numbering an added measure', () => {
  it('takes the next number when no measure ever had it', () => {
    expect(numberAfter('7', new Set(['7']))).toBe('8');
    expect(numberAfter('2.4', new Set(['2.4']))).toBe('2.5');
    expect(numberAfter(undefined, new Set())).toBe('1');
  });

  it('inserts with a letter when the next number is taken, or was', () => {
    expect(numberAfter('7', new Set(['7', '8']))).toBe('7a');
    expect(numberAfter('7a', new Set(['7', '7a', '8']))).toBe('7b');
    expect(numberAfter('2.4', new Set(['2.5', '2.4a']))).toBe('2.4b');
    const crowded = new Set(['8', ...'abcdefghijklmnopqrstuvwxyz'.split('').map((letter) => `7${letter}`)]);
    expect(numberAfter('7', crowded)).toBe('7aa');
  });
});
