import { Conflict, NotFound, RuleViolated } from '@commonplan/kernel';
import { latestVersion } from '../plan';
import { drafted, draftedEvent, OFFICER, planOf } from '../plan.fixture';
import { publishVersion } from './publish-version';

describe('publishing a plan’s first version', () => {
  it('freezes the draft as version 1 and keeps no draft', () => {
    const events = publishVersion(planOf(draftedEvent), OFFICER);
    expect(events).toEqual([{ type: 'PlanVersionPublished', data: { version: 1, publishedBy: OFFICER } }]);
    const plan = planOf(draftedEvent, ...events);
    expect(plan.draft).toBeUndefined();
    expect(latestVersion(plan)).toEqual({
      version: 1,
      content: {
        kind: drafted.kind,
        title: drafted.title,
        language: drafted.language,
        summary: null,
        sections: drafted.sections,
      },
    });
    expect([...plan.measureNumbers]).toEqual(['1', '2', '3']);
  });

  it('refuses to publish twice', () => {
    const published = planOf(draftedEvent, ...publishVersion(planOf(draftedEvent), OFFICER));
    expect(() => publishVersion(published, OFFICER)).toThrow(Conflict);
  });

  it('refuses a plan never drafted and one without a single measure', () => {
    expect(() => publishVersion(planOf(), OFFICER)).toThrow(NotFound);
    const empty = planOf({
      type: 'PlanDrafted',
      data: { ...drafted, sections: drafted.sections.map((section) => ({ ...section, measures: [] })) },
    });
    expect(() => publishVersion(empty, OFFICER)).toThrow(RuleViolated);
    expect(() => publishVersion(empty, OFFICER)).toThrow(
      expect.objectContaining({ code: 'plan.no-measures' }),
    );
  });
});
