import { commentSubmitted, responseDrafted } from '../comments/comment.events';
import { amendmentProposed, consultationOpened, outcomePublished } from './consultation.events';
import { amendment, opening, OFFICER, published, submission } from './consultation.fixture';
import { localizedText } from './localized-text';

describe('consultation and comment events', () => {
  it('accept what the deciders write', () => {
    expect(consultationOpened.parse(opening).ok).toBe(true);
    expect(amendmentProposed.parse(amendment()).ok).toBe(true);
    expect(outcomePublished.parse(published.data).ok).toBe(true);
    expect(
      commentSubmitted.parse(
        submission({
          target: { kind: 'passage', measureId: opening.planId, start: 0, end: 4, quote: 'Open' },
        }),
      ).ok,
    ).toBe(true);
    const response = {
      status: 'noted',
      reason: opening.title,
      respondingUnit: 'Social affairs',
      amendmentIds: [],
      noAmendmentNeededBecause: null,
      bulkGroupId: null,
      draftedBy: OFFICER,
    };
    expect(responseDrafted.parse(response).ok).toBe(true);
  });

  it('never carry more than their schema names, such as a contributor’s e-mail', () => {
    expect(commentSubmitted.parse({ ...submission(), email: 'someone@example.org' })).toMatchObject({
      ok: false,
      issues: [{ field: 'email', rule: 'unknown' }],
    });
  });

  it('hold localized text in its original language, under language tags', () => {
    expect(localizedText.parse({ original: 'ar', texts: { ar: 'شكرا', hr: 'Hvala' } }).ok).toBe(true);
    const issues = (input: unknown) => {
      const parsed = localizedText.parse(input, 'reason');
      return parsed.ok ? [] : parsed.issues.map((issue) => `${issue.field}:${issue.rule}`);
    };
    expect(issues({ original: 'ar', texts: { hr: 'Hvala' } })).toEqual(['reason.texts:original-text']);
    expect(issues({ original: 'Arabic', texts: {} })).toEqual(['reason.original:language-tag']);
    expect(issues({ original: 'ar', texts: { ar: '' }, extra: 1 })).toEqual([
      'reason.extra:unknown',
      'reason.texts.ar:text',
    ]);
    expect(issues({ original: 'ar', texts: { 'not a tag': 'x' } })).toEqual([
      'reason.texts.not a tag:language-tag',
    ]);
    expect(issues('شكرا')).toEqual(['reason:object']);
  });
});
