import { RuleViolated } from '@commonplan/kernel';
import { idOf, mintFrom } from '../plan.fixture';
import { parsePlanMarkdown } from './plan-markdown';

const parse = (lines: string[], eol = '\n') => parsePlanMarkdown(lines.join(eol), mintFrom(1));

const refusal = (lines: string[]): { code: string; details: Record<string, unknown> } => {
  try {
    parse(lines);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleViolated);
    return { code: (error as RuleViolated).code, details: (error as RuleViolated).details };
  }
  throw new Error('the file was accepted');
};

const PLAN = [
  '# Osijek welcomes',
  '',
  'Five years of welcoming',
  'newcomers.',
  '',
  '## Language',
  '',
  'Learning Croatian opens every door.',
  '',
  '1. **Language cafés.** Weekly meetings',
  '   in every library.',
  '',
  '   With volunteers as hosts.',
  '   Department: Libraries',
  '   Budget: 12,000.50 EUR',
  '   Target groups: newcomers; asylum seekers',
  '   Indicators: cafés held; participants',
  '2) Evening classes for working adults (e.g. shift workers). Twice a week.',
  '### Children',
  '1. Homework clubs',
  '## Work',
  '',
  '3. Job fairs where employers meet newcomers in person, with interpreters for Arabic, Farsi, Ukrainian and Tigrinya on hand all day.',
];

describe('reading a plan from Markdown', () => {
  it('takes the title, the summary, sections with their introductions, and measures with their fields', () => {
    const plan = parse(PLAN);
    expect(plan.title).toBe('Osijek welcomes');
    expect(plan.summary).toBe('Five years of welcoming newcomers.');
    expect(
      plan.sections.map(({ sectionId, heading, introduction }) => [sectionId, heading, introduction]),
    ).toEqual([
      [idOf(1), 'Language', 'Learning Croatian opens every door.'],
      [idOf(4), 'Language › Children', null],
      [idOf(6), 'Work', null],
    ]);
    const [cafes, classes] = plan.sections[0]!.measures;
    expect(cafes).toEqual({
      measureId: idOf(2),
      number: '1',
      title: 'Language cafés',
      text: '**Language cafés.** Weekly meetings in every library.\n\nWith volunteers as hosts.',
      department: 'Libraries',
      budget: { amount: '1200050', currency: 'EUR' },
      targetGroups: ['newcomers', 'asylum seekers'],
      indicators: ['cafés held', 'participants'],
    });
    expect(classes).toMatchObject({
      measureId: idOf(3),
      number: '2',
      title: 'Evening classes for working adults (e.g. shift workers)',
      text: 'Evening classes for working adults (e.g. shift workers). Twice a week.',
      department: null,
      budget: null,
      targetGroups: [],
      indicators: [],
    });
  });

  it('numbers measures through the whole plan whatever the file says, and trims long first sentences', () => {
    const measures = parse(PLAN).sections.flatMap((section) => section.measures);
    expect(measures.map((measure) => measure.number)).toEqual(['1', '2', '3', '4']);
    expect(measures[2]!.title).toBe('Homework clubs');
    expect(measures[3]!.title).toBe(
      'Job fairs where employers meet newcomers in person, with interpreters for Arabic, Farsi, Ukrainian and Tigrinya on…',
    );
    expect(measures[3]!.title.length).toBeLessThanOrEqual(120);
  });

  it('reads CRLF and old Mac line ends and a byte order mark alike', () => {
    expect(parsePlanMarkdown(`\uFEFF${PLAN.join('\r\n')}`, mintFrom(1))).toEqual(parse(PLAN));
    expect(parse(PLAN, '\r')).toEqual(parse(PLAN));
  });

  it('keeps a heading with text of its own as a section without measures, and drops one that only groups', () => {
    const plan = parse([
      '# P',
      '## Part one',
      '### Intro',
      'Why this plan.',
      '## Part two',
      '### Measures',
      '1. One.',
    ]);
    expect(plan.summary).toBeNull();
    expect(
      plan.sections.map((section) => [section.heading, section.introduction, section.measures.length]),
    ).toEqual([
      ['Part one › Intro', 'Why this plan.', 0],
      ['Part two › Measures', null, 1],
    ]);
  });

  it('keeps list lines apart in text, and an indented numbered list inside its measure', () => {
    const [measure] = parse(['# P', '## S', '1. Three steps:', '   - ask', '   - listen', '   2. answer'])
      .sections[0]!.measures;
    expect(measure!.text).toBe('Three steps:\n- ask\n- listen\n2. answer');
  });

  it('reads budgets written the usual ways, in minor units', () => {
    const budgetOf = (line: string) =>
      parse(['# P', '## S', '1. A.', `   Budget: ${line}`]).sections[0]!.measures[0]!.budget;
    expect(budgetOf('12000 EUR')).toEqual({ amount: '1200000', currency: 'EUR' });
    expect(budgetOf('EUR 12 000')).toEqual({ amount: '1200000', currency: 'EUR' });
    expect(budgetOf('1,500,000.5 CZK')).toEqual({ amount: '150000050', currency: 'CZK' });
    expect(budgetOf('€ 75')).toEqual({ amount: '7500', currency: 'EUR' });
  });

  it('refuses a file without measures, naming the last line', () => {
    expect(refusal(['# P', 'Nothing here.', '## S', 'Still nothing.'])).toEqual({
      code: 'plan.no-measures',
      details: { line: 4 },
    });
  });

  it('refuses a measure before any section, naming its line', () => {
    expect(refusal(['# P', '', '1. Orphan.', '## S', '2. Fine.'])).toEqual({
      code: 'plan.measure-outside-section',
      details: { line: 3 },
    });
  });

  it.each(['12.000 EUR', '12,5 EUR', '12000', 'twelve thousand EUR', 'EUR'])(
    'refuses the budget "%s", naming its line',
    (budget) => {
      expect(refusal(['# P', '## S', '1. A.', '   Department: Parks', `   Budget: ${budget}`])).toEqual({
        code: 'plan.unparsable-budget',
        details: { line: 5 },
      });
    },
  );

  it('refuses a missing or second title, a repeated field, and a measure too long to keep', () => {
    expect(refusal(['## S', '1. A.']).code).toBe('plan.no-title');
    expect(refusal(['# P', '## S', '# Q', '1. A.'])).toEqual({
      code: 'plan.misplaced-title',
      details: { line: 3 },
    });
    expect(refusal(['# P', '## S', '1. A.', 'Department: a', 'Department: b'])).toEqual({
      code: 'plan.repeated-field',
      details: { line: 5 },
    });
    const long = refusal(['# P', '## S', '1. A.', `   Target groups: ${'x'.repeat(121)}`]);
    expect(long.code).toBe('plan.invalid-measure');
    expect(long.details).toMatchObject({
      line: 3,
      issues: [{ field: 'targetGroups.0', rule: 'max-length' }],
    });
  });
});
