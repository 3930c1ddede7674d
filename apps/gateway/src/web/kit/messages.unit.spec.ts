import { defineMessages, MessageBook, MissingCount } from './messages';

const everyForm =
  '{count, plural, zero {zero #} one {one #} two {two #} few {few #} many {many #} other {other #}} of {total}';
const catalogue = (comments: string, plain = 'Comments: {count}') => ({
  'test.comments': comments,
  'test.plain': plain,
});
const book = new MessageBook([
  defineMessages(catalogue('{count, plural, one {# comment} other {# comments}} on {title}'), {
    ar: catalogue(everyForm),
    fa: catalogue('{count, plural, one {one #} other {other #}}'),
    uk: catalogue(everyForm),
    fr: catalogue('{count, plural, one {one #} many {many #} other {other #}}'),
  }),
]);
const formIn = (language: 'ar' | 'uk' | 'fr', count: number): string =>
  book.text(language, 'test.comments', { count, total: 'x' }).split(' ')[0]!;

describe('a plural message', () => {
  it.each([
    [1, '1 comment on Parks'],
    [2, '2 comments on Parks'],
    [0, '0 comments on Parks'],
  ])('in English reads %d as "%s"', (count, text) => {
    expect(book.text('en', 'test.comments', { count, title: 'Parks' })).toBe(text);
  });

  it.each([
    [0, 'zero'],
    [1, 'one'],
    [2, 'two'],
    [3, 'few'],
    [10, 'few'],
    [11, 'many'],
    [99, 'many'],
    [100, 'other'],
    [102, 'other'],
    [103, 'few'],
  ])('in Arabic takes for %d the %s form', (count, form) => {
    expect(formIn('ar', count)).toBe(form);
  });

  it.each([
    [1, 'one'],
    [2, 'few'],
    [4, 'few'],
    [5, 'many'],
    [11, 'many'],
    [21, 'one'],
    [22, 'few'],
    [0, 'many'],
  ])('in Ukrainian takes for %d the %s form', (count, form) => {
    expect(formIn('uk', count)).toBe(form);
  });

  it.each([
    [0, 'one'],
    [1, 'one'],
    [2, 'other'],
    [1_000_000, 'many'],
  ])('in French takes for %d the %s form', (count, form) => {
    expect(formIn('fr', count)).toBe(form);
  });

  it('writes the number in the language’s digits and grouping', () => {
    expect(book.text('fa', 'test.comments', { count: 12 })).toBe('other ۱۲');
    expect(book.text('en', 'test.comments', { count: 1234, title: 'Parks' })).toBe('1,234 comments on Parks');
    expect(book.text('ar', 'test.comments', { count: 3, total: 'x' })).toBe(
      `few ${new Intl.NumberFormat('ar').format(3)} of x`,
    );
  });

  it('chooses every block of a message by its own number', () => {
    const counts = new MessageBook([
      defineMessages(
        {
          'test.counts':
            '{a, plural, one {# section} other {# sections}}, {b, plural, one {# measure} other {# measures}}',
        },
        {
          ar: { 'test.counts': '-' },
          fa: { 'test.counts': '-' },
          uk: { 'test.counts': '-' },
          fr: { 'test.counts': '-' },
        },
      ),
    ]);
    expect(counts.text('en', 'test.counts', { a: 1, b: 12 })).toBe('1 section, 12 measures');
  });

  it('leaves a placeholder it has no value for, for a script to fill', () => {
    expect(book.text('ar', 'test.comments', { count: 2 })).toBe(
      'two ٢ of {total}'.replace('٢', new Intl.NumberFormat('ar').format(2)),
    );
  });

  it('refuses to render without its number, or with the number already written out', () => {
    expect(() => book.text('en', 'test.comments', { title: 'Parks' })).toThrow(MissingCount);
    expect(() => book.text('en', 'test.comments', { count: '2', title: 'Parks' })).toThrow(MissingCount);
  });

  it.each([
    '{count, plural, one {# comment}}',
    '{count, plural, one {# comment} several {# comments} other {# comments}}',
    '{count, plural, one {# comment} other {# {nested, plural, other {#}}}}',
  ])('is refused at start when malformed: %s', (text) => {
    expect(
      () =>
        new MessageBook([
          defineMessages(
            { 'test.bad': text },
            {
              ar: { 'test.bad': text },
              fa: { 'test.bad': text },
              uk: { 'test.bad': text },
              fr: { 'test.bad': text },
            },
          ),
        ]),
    ).toThrow();
  });

  it('leaves a plain message’s values as the page wrote them', () => {
    expect(book.text('en', 'test.plain', { count: '٣' })).toBe('Comments: ٣');
  });
});
