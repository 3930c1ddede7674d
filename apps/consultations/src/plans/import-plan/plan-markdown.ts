import { RuleViolated, type Schema } from '@commonplan/kernel';
import { planProse, planTitle, sectionHeading, type PlanSection } from '../plan.events';
import { measureOf, prose, type SourceLine } from './measure-markdown';

/** What a Markdown file says of a plan; its kind, language and author come with the request. */
export interface ImportedPlan {
  readonly title: string;
  readonly summary: string | null;
  readonly sections: PlanSection[];
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
/** Indented numbered lines are lists inside a measure's text, not measures. */
const MEASURE = /^ ?\d{1,9}[.)](?:[ \t]+(.*))?$/;
/** Between the headings of a nested section's path: "Recommendations for Local Authorities › Governance". */
export const HEADING_SEPARATOR = ' › ';

interface OpenSection {
  readonly heading: string;
  readonly line: number;
  readonly introduction: SourceLine[];
  readonly measures: { readonly first: SourceLine; readonly rest: SourceLine[] }[];
}

const checked = <T>(schema: Schema<T>, value: T, line: number, code: string): T => {
  const parsed = schema.parse(value);
  if (!parsed.ok)
    throw new RuleViolated(code, `line ${line}: ${parsed.issues[0]!.message}`, {
      line,
      issues: parsed.issues,
    });
  return parsed.value;
};

const firstLineOf = (lines: readonly SourceLine[]): number =>
  (lines.find(({ text }) => text.trim() !== '') ?? lines[0]!).line;

interface Outline {
  title?: SourceLine;
  readonly summary: SourceLine[];
  readonly sections: OpenSection[];
}

const outlineOf = (lines: readonly string[]): Outline => {
  const outline: Outline = { summary: [], sections: [] };
  let path: { readonly level: number; readonly text: string }[] = [];
  lines.forEach((text, index) => {
    const line = index + 1;
    const section = outline.sections.at(-1);
    const heading = HEADING.exec(text);
    if (heading) {
      const level = heading[1]!.length;
      if (level === 1 && (outline.title || section))
        throw new RuleViolated(
          'plan.misplaced-title',
          `line ${line}: a plan has one # title, before its sections`,
          {
            line,
          },
        );
      if (level === 1) outline.title = { line, text: heading[2]!.trim() };
      else {
        path = [...path.filter((open) => open.level < level), { level, text: heading[2]!.trim() }];
        const name = path.map((open) => open.text).join(HEADING_SEPARATOR);
        outline.sections.push({ heading: name, line, introduction: [], measures: [] });
      }
      return;
    }
    const item = MEASURE.exec(text);
    if (item) {
      if (!section)
        throw new RuleViolated(
          'plan.measure-outside-section',
          `line ${line}: a measure goes under a ## heading`,
          {
            line,
          },
        );
      section.measures.push({ first: { line, text: item[1] ?? '' }, rest: [] });
    } else if (section && section.measures.length > 0) section.measures.at(-1)!.rest.push({ line, text });
    else if (section) section.introduction.push({ line, text });
    else outline.summary.push({ line, text });
  });
  return outline;
};

/**
 * A plan written in Markdown: the `#` heading is its title and the text before the first `##` its
 * summary. Each `##` and deeper heading is a section, named by its path of headings joined with " › "
 * since a plan's sections are flat; a heading with neither text nor measures of its own only names
 * the sections under it. Numbered items (`1.`, `1)`) are measures, numbered 1, 2, 3… through the
 * whole plan whatever numbers the file shows, as Markdown itself renumbers lists. Setext headings
 * (underlined) are read as text. Ids are minted in document order, sections before their measures.
 */
export const parsePlanMarkdown = (markdown: string, mintId: () => string): ImportedPlan => {
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const outline = outlineOf(lines);
  if (!outline.title)
    throw new RuleViolated('plan.no-title', 'line 1: a plan starts with its title as a # heading', {
      line: 1,
    });
  const summary = prose(outline.summary);
  let numbered = 0;
  const sections = outline.sections
    .map((open) => ({ open, introduction: prose(open.introduction) }))
    .filter(({ open, introduction }) => introduction !== null || open.measures.length > 0)
    .map(({ open, introduction }): PlanSection => ({
      sectionId: mintId(),
      heading: checked(sectionHeading, open.heading, open.line, 'plan.invalid-heading'),
      introduction:
        introduction &&
        checked(planProse, introduction, firstLineOf(open.introduction), 'plan.invalid-introduction'),
      measures: open.measures.map(({ first, rest }) => ({
        measureId: mintId(),
        number: String(++numbered),
        ...measureOf(first, rest),
      })),
    }));
  if (numbered === 0)
    throw new RuleViolated(
      'plan.no-measures',
      `line ${lines.length}: the file ends without a measure, a numbered item under a ## heading`,
      { line: lines.length },
    );
  return {
    title: checked(planTitle, outline.title.text, outline.title.line, 'plan.invalid-title'),
    summary: summary && checked(planProse, summary, firstLineOf(outline.summary), 'plan.invalid-summary'),
    sections,
  };
};
