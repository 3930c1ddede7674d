import { buildOutcomeReport } from './build-outcome-report';
import {
  A_HATE_CRIME,
  A_INTERPRETERS,
  A_ONE_STOP,
  A_WITHDRAWN,
  C,
  comments,
  FIREWALL,
  INFORMATION,
  ONE_STOP,
  sources,
} from './outcome-report.fixture';
import { outcomeReportJson } from './outcome-report.json';

const report = buildOutcomeReport(sources, 'en');
const listed = (n: number) => report.comments.find((comment) => comment.number === n)!;

describe('the outcome report of a consultation', () => {
  it('numbers the published comments in the order received and only counts the withdrawn one', () => {
    expect(report.comments.map((comment) => comment.number)).toEqual([1, 2, 3, 4, 5, 7, 8, 9]);
    expect(report.comments.map((comment) => comment.commentId)).not.toContain(C[7]);
    expect(report.statistics).toMatchObject({
      submitted: 10,
      withdrawn: 1,
      hidden: 1,
      listed: 8,
      duplicates: 1,
    });
  });

  it('gives each comment its target, contributor, channel, language, status, reason and unit', () => {
    expect(listed(2)).toEqual({
      number: 2,
      commentId: C[2],
      receivedAt: '2027-03-03T10:00:00.000Z',
      target: {
        kind: 'passage',
        section: {
          sectionId: sources.consulted.content.sections[0]!.sectionId,
          heading: 'Knowledge and experience sharing',
        },
        measure: { measureId: ONE_STOP, number: '2', title: 'One-stop shop' },
        passage: { start: 9, end: 22, quote: 'one-stop shop' },
      },
      contributorType: 'migrant-organisation',
      publishedAs: 'named',
      organisationName: 'Syrian Community Osijek',
      channel: 'email',
      language: 'ar',
      text: 'يجب أن يكون المكتب مفتوحاً في المساء.',
      duplicateOf: null,
      status: 'partially-accepted',
      reason: { text: 'Opening hours depend on the budget.', language: 'en', original: false },
      noAmendmentNeededBecause: null,
      respondingUnit: 'Office for Social Affairs',
      amendments: [
        { amendmentId: A_ONE_STOP, kind: 'change', measureNumber: '2', measureTitle: 'One-stop shop' },
      ],
    });
    expect(listed(3).target).toEqual({
      kind: 'section',
      section: { sectionId: INFORMATION, heading: 'Public information and communication' },
      measure: null,
      passage: null,
    });
  });

  it('shows a reason in the original, marked by its language, when the reader’s has no translation', () => {
    expect(listed(4).reason).toEqual({ text: 'Prilog nije dostavljen.', language: 'hr', original: true });
    expect(buildOutcomeReport(sources, 'hr').comments[1]!.reason).toEqual({
      text: 'Radno vrijeme ovisi o proračunu.',
      language: 'hr',
      original: true,
    });
  });

  it('names an organisation only when it chose to be named', () => {
    expect(listed(1).organisationName).toBe('Centre for Peace Studies');
    expect(listed(8)).toMatchObject({
      contributorType: 'business',
      publishedAs: 'anonymous',
      organisationName: null,
    });
    expect(outcomeReportJson(report)).not.toContain('Drava Logistics');
  });

  it('points a duplicate to its original and gives it the original’s response', () => {
    expect(listed(5)).toMatchObject({
      duplicateOf: { commentId: C[1], number: 1 },
      status: 'accepted',
      respondingUnit: 'Office for Social Affairs',
      amendments: [{ amendmentId: A_ONE_STOP }],
    });
  });

  it('links comments and amendments whichever side cites the other, leaving withdrawn amendments out', () => {
    expect(listed(1).amendments.map((a) => a.amendmentId)).toEqual([A_ONE_STOP]);
    expect(listed(3).amendments).toEqual([
      {
        amendmentId: A_INTERPRETERS,
        kind: 'add',
        measureNumber: '3a',
        measureTitle: 'Interpreters at city counters',
      },
    ]);
    expect(report.comments.flatMap((comment) => comment.amendments.map((a) => a.amendmentId))).not.toContain(
      A_WITHDRAWN,
    );
  });

  it('lists hidden comments with their public reason and without their text', () => {
    expect(report.hiddenComments).toEqual([
      {
        number: 6,
        commentId: C[6],
        receivedAt: '2027-03-07T10:00:00.000Z',
        contributorType: 'individual',
        channel: 'online',
        reason: { text: 'Offensive content.', language: 'en', original: false },
      },
    ]);
    expect(outcomeReportJson(report)).not.toContain('An insult.');
    expect(outcomeReportJson(report)).not.toContain('Withdrawn on second thought.');
  });

  it('counts by status, by contributor type and by channel, every key present', () => {
    expect(report.statistics.byStatus).toEqual({
      total: 8,
      accepted: 4,
      'partially-accepted': 1,
      'not-accepted': 1,
      noted: 1,
      unanswered: 1,
    });
    expect(report.statistics.byContributorType.individual).toMatchObject({
      total: 3,
      accepted: 2,
      'not-accepted': 1,
    });
    expect(report.statistics.byContributorType['public-institution']).toMatchObject({ total: 1, noted: 1 });
    expect(Object.keys(report.statistics.byChannel)).toEqual(['online', 'email', 'paper', 'meeting']);
    expect(report.statistics.byChannel.paper).toMatchObject({ total: 1, 'not-accepted': 1 });
  });

  it('lists the unanswered comments the outcome was published with', () => {
    expect(report.unansweredComments).toEqual([{ commentId: C[9], number: 8 }]);
    expect(listed(8).status).toBe('unanswered');
  });

  it('gives every changed measure before and after, with its amendments and the comments behind them', () => {
    expect(report.changedMeasures.map((m) => [m.number, m.kind, m.title])).toEqual([
      ['2', 'changed', 'One-stop shop'],
      ['3a', 'added', 'Interpreters at city counters'],
      ['5', 'removed', 'Hate crime'],
    ]);
    const [oneStop, interpreters, hateCrime] = report.changedMeasures;
    expect(oneStop!.fields.map((f) => f.field)).toEqual(['text', 'budget', 'targetGroups']);
    expect(oneStop!.fields[1]).toEqual({
      field: 'budget',
      before: null,
      after: { amount: '4500000', currency: 'EUR' },
    });
    expect(oneStop!.comments).toEqual([
      { commentId: C[1], number: 1 },
      { commentId: C[2], number: 2 },
    ]);
    expect(interpreters!.comments).toEqual([{ commentId: C[3], number: 3 }]);
    expect(interpreters!.fields[0]).toEqual({
      field: 'title',
      before: null,
      after: 'Interpreters at city counters',
    });
    expect(hateCrime!.amendments).toEqual([
      {
        amendmentId: A_HATE_CRIME,
        kind: 'remove',
        origin: 'elsewhere',
        originExplanation: {
          text: 'Covered by the national action plan against hate crime.',
          language: 'en',
          original: false,
        },
      },
    ]);
    expect(hateCrime!.fields.find((f) => f.field === 'text')).toEqual({
      field: 'text',
      before: 'Train staff to record hate crimes.',
      after: null,
    });
  });

  it('cites the notary checkpoint and the plan versions', () => {
    expect(report.checkpoint).toMatchObject({
      position: '10',
      treeSize: 10,
      rootHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    });
    expect(report.plan).toMatchObject({ consultedVersion: 1, nextVersion: 2 });
  });

  it('writes the same JSON, fields in a fixed order, however the comments were gathered', () => {
    const shuffled = new Map([...comments].reverse());
    const again = outcomeReportJson(buildOutcomeReport({ ...sources, comments: shuffled }, 'en'));
    expect(again).toBe(outcomeReportJson(report));
    expect(Object.keys(JSON.parse(again) as object)).toEqual([
      'language',
      'consultation',
      'plan',
      'checkpoint',
      'statistics',
      'comments',
      'changedMeasures',
      'hiddenComments',
      'unansweredComments',
    ]);
    expect(Object.keys(report.comments[0]!)).toEqual(Object.keys(listed(9)));
    expect(listed(7).target.measure?.measureId).toBe(FIREWALL);
  });

  it('refuses a consultation whose outcome is not published', () => {
    const unpublished = { ...sources.consultation, outcome: undefined };
    expect(() => buildOutcomeReport({ ...sources, consultation: unpublished }, 'en')).toThrow(
      expect.objectContaining({ code: 'outcome-report.not-published' }),
    );
  });

  it('refuses versions that are not the consulted one and the one its outcome made', () => {
    expect(() => buildOutcomeReport({ ...sources, next: sources.consulted }, 'en')).toThrow(
      expect.objectContaining({ code: 'outcome-report.versions-mismatch' }),
    );
    expect(() => buildOutcomeReport({ ...sources, diff: { ...sources.diff, from: 2 } }, 'en')).toThrow(
      expect.objectContaining({ code: 'outcome-report.versions-mismatch' }),
    );
  });
});
