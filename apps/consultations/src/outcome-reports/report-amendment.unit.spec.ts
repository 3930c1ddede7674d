import type { Comment } from '../comments/comment';
import { buildOutcomeReport } from '../outcome-report/build-outcome-report';
import { C, MODERATOR, sources } from '../outcome-report/outcome-report.fixture';
import { outcomeReportHtml } from '../outcome-report/outcome-report.html';
import { publishedReportHtml } from './published-report.html';
import { publishedReportJson } from './published-report.json';
import { amendmentOf } from './report-amendment';

const [FIRST, SECOND] = ['2027-03-02T08:00:00.000Z', '2027-03-05T16:30:00.000Z'] as const;

/** The fixture's consultation once a moderator has also hidden the unanswered C[9]. */
const laterHidden = (() => {
  const comments = new Map<string, Comment>(sources.comments);
  comments.set(C[9]!, {
    ...comments.get(C[9]!)!,
    hidden: {
      reason: { original: 'en', texts: { en: 'Names a private person.' } },
      hiddenBy: MODERATOR,
    },
  });
  return { ...sources, comments };
})();
const report = (language = 'en') => buildOutcomeReport(laterHidden, language);

describe('the amendment of a published report', () => {
  it('lists the comments hidden since, by their numbers, in the order hidden, and dates the last', () => {
    expect(
      amendmentOf(report(), [
        { commentId: C[9]!, hiddenAt: SECOND },
        { commentId: C[6]!, hiddenAt: FIRST },
      ]),
    ).toEqual({
      amendedAt: SECOND,
      hiddenAfterPublication: [
        { commentId: C[6], number: 6, hiddenAt: FIRST },
        { commentId: C[9], number: 8, hiddenAt: SECOND },
      ],
    });
  });

  it('is none when only a withdrawn comment, never listed, was hidden', () => {
    expect(amendmentOf(report(), [{ commentId: C[7]!, hiddenAt: FIRST }])).toBeNull();
    expect(amendmentOf(report(), [])).toBeNull();
  });
});

describe('the published report as JSON', () => {
  const amendment = amendmentOf(report(), [{ commentId: C[9]!, hiddenAt: SECOND }]);

  it('says when it was amended and why, right after the checkpoint it keeps citing', () => {
    const json = JSON.parse(publishedReportJson(report(), amendment));
    expect(Object.keys(json).slice(0, 6)).toEqual([
      'language',
      'consultation',
      'plan',
      'checkpoint',
      'amendedAt',
      'hiddenAfterPublication',
    ]);
    expect(json).toEqual({
      ...JSON.parse(JSON.stringify(report())),
      amendedAt: SECOND,
      hiddenAfterPublication: [{ commentId: C[9], number: 8, hiddenAt: SECOND }],
    });
    expect(json.hiddenComments).toContainEqual(
      expect.objectContaining({
        commentId: C[9],
        reason: expect.objectContaining({ text: 'Names a private person.' }),
      }),
    );
    expect(JSON.stringify(json)).not.toContain('Keep the hate crime measure.');
  });

  it('has the same fields, empty, as published', () => {
    const json = JSON.parse(publishedReportJson(buildOutcomeReport(sources, 'en'), null));
    expect(json).toMatchObject({ amendedAt: null, hiddenAfterPublication: [] });
  });
});

describe('the published report as a page', () => {
  const amendment = amendmentOf(report(), [
    { commentId: C[6]!, hiddenAt: FIRST },
    { commentId: C[9]!, hiddenAt: SECOND },
  ])!;
  const linesOf = (html: string) => html.split('\n');

  it('is the page as rendered while unamended', () => {
    expect(publishedReportHtml(report(), null)).toBe(outcomeReportHtml(report()));
  });

  it('tells, after the overview, when it was amended, linking each comment to its reason', () => {
    const lines = linesOf(publishedReportHtml(report(), amendment));
    const section = lines.indexOf('<section aria-labelledby="amended-after-publication">');
    expect(lines[section - 1]).toBe('</dl>');
    expect(lines[section + 1]).toBe('<h2 id="amended-after-publication">Amended after publication</h2>');
    expect(lines[section + 2]).toMatch(
      /^<p>Last amended: <time datetime="2027-03-05T16:30:00.000Z">2027-03-05 16:30 UTC<\/time>\. This report still cites/,
    );
    expect(lines.slice(section + 4, section + 6)).toEqual([
      '<li><a href="#comment-6">Comment 6</a>, hidden <time datetime="2027-03-02T08:00:00.000Z">2027-03-02 08:00 UTC</time></li>',
      '<li><a href="#comment-8">Comment 8</a>, hidden <time datetime="2027-03-05T16:30:00.000Z">2027-03-05 16:30 UTC</time></li>',
    ]);
    expect(lines[section + 8]).toBe('<h2>Notary checkpoint</h2>');
    expect(lines.filter((line) => line.startsWith('<tr id="comment-8">'))).toHaveLength(1);
    expect(lines.join('\n')).not.toContain('Keep the hate crime measure.');
  });

  it('says it in the reader’s language, and marks English words on a page without a catalogue', () => {
    const croatian = publishedReportHtml(report('hr'), amendment);
    expect(croatian).toContain('<h2 id="amended-after-publication">Izmijenjeno nakon objave</h2>');
    expect(croatian).toContain('<a href="#comment-6">Komentar 6</a>, skriven');
    const arabic = publishedReportHtml(report('ar'), amendment);
    expect(arabic).toContain(
      '<h2 id="amended-after-publication"><span lang="en" dir="ltr">Amended after publication</span></h2>',
    );
  });
});
