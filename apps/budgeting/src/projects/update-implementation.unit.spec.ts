import { Invalid, type Issue, RuleViolated } from '@commonplan/kernel';
import type { ProjectEvent } from './project.events';
import { cycleIn, fundedByTally, OFFICER, projectOf } from './project.fixture';
import { updateImplementation, type ImplementationUpdate } from './update-implementation';

const NOW = new Date('2027-05-10T09:00:00Z');
const funded = projectOf(fundedByTally);
const inImplementation = cycleIn('implementation');

const update: ImplementationUpdate = {
  status: 'in-progress',
  progress: 40,
  milestones: [
    {
      title: { original: 'fr', texts: { fr: 'Appel d’offres', ar: 'المناقصة' } },
      plannedFor: '2027-03-01',
      reachedOn: '2027-03-12',
    },
    { title: { original: 'fr', texts: { fr: 'Ouverture' } }, plannedFor: '2027-09-01', reachedOn: null },
  ],
  photos: [
    {
      url: 'https://media.paris.example/cafe/chantier.jpg',
      caption: null,
      alt: { original: 'fr', texts: { fr: 'La salle en travaux' } },
    },
  ],
  note: { original: 'fr', texts: { fr: 'Les travaux avancent.', ar: 'الأشغال تتقدم.' } },
};

const issuesOf = (attempt: () => unknown): readonly Issue[] => {
  try {
    attempt();
  } catch (error) {
    if (error instanceof Invalid) return error.issues;
    throw error;
  }
  throw new Error('expected the update to be refused as invalid');
};

describe('an implementation update', () => {
  it('records status, progress, milestones, photos and a public note of a funded project', () => {
    const events = updateImplementation(funded, inImplementation, update, OFFICER, NOW);
    expect(events).toEqual([{ type: 'ImplementationUpdated', data: { ...update, updatedBy: OFFICER } }]);
    expect(projectOf(fundedByTally, ...events).implementation).toEqual({
      status: 'in-progress',
      progress: 40,
      updates: 1,
    });
  });

  it('is given only for a funded project, and only in its cycle’s implementation phase', () => {
    expect(() => updateImplementation(projectOf(), inImplementation, update, OFFICER, NOW)).toThrow(
      expect.objectContaining({ code: 'project.not-funded' }),
    );
    expect(() => updateImplementation(funded, cycleIn('results'), update, OFFICER, NOW)).toThrow(
      expect.objectContaining({ code: 'cycle.not-in-implementation' }),
    );
  });

  it('keeps progress a whole percentage, and a completed project at 100 with every milestone reached', () => {
    const call = (change: Partial<ImplementationUpdate>) => () =>
      updateImplementation(funded, inImplementation, { ...update, ...change }, OFFICER, NOW);
    expect(issuesOf(call({ progress: 101 }))).toEqual([
      expect.objectContaining({ field: 'progress', rule: 'percent' }),
    ]);
    expect(issuesOf(call({ progress: -1 }))).toEqual([expect.objectContaining({ rule: 'percent' })]);
    expect(issuesOf(call({ progress: 12.5 }))).toEqual([expect.objectContaining({ rule: 'percent' })]);
    expect(issuesOf(call({ status: 'completed', progress: 90 }))).toEqual([
      expect.objectContaining({ field: 'progress', rule: 'completed-is-100' }),
      expect.objectContaining({ field: 'milestones.1.reachedOn', rule: 'completed-reaches-all' }),
    ]);
    const done = { ...update.milestones[1]!, reachedOn: '2027-05-10' };
    expect(
      call({ status: 'completed', progress: 100, milestones: [update.milestones[0]!, done] })(),
    ).toHaveLength(1);
    expect(call({ status: 'planned', progress: 100 })()).toHaveLength(1);
  });

  it('refuses a milestone reached on a day still to come, with a day of slack for time zones', () => {
    const reached = (reachedOn: string) => ({
      ...update,
      milestones: [{ ...update.milestones[1]!, reachedOn }],
    });
    expect(updateImplementation(funded, inImplementation, reached('2027-05-11'), OFFICER, NOW)).toHaveLength(
      1,
    );
    expect(
      issuesOf(() => updateImplementation(funded, inImplementation, reached('2027-06-01'), OFFICER, NOW)),
    ).toEqual([expect.objectContaining({ field: 'milestones.0.reachedOn', rule: 'not-in-future' })]);
  });

  it('takes no more updates once the project is cancelled, and may go back from completed', () => {
    const cancelled: ProjectEvent = {
      type: 'ImplementationUpdated',
      data: { ...update, status: 'cancelled', updatedBy: OFFICER },
    };
    expect(() =>
      updateImplementation(projectOf(fundedByTally, cancelled), inImplementation, update, OFFICER, NOW),
    ).toThrow(RuleViolated);
    const completed: ProjectEvent = {
      type: 'ImplementationUpdated',
      data: { ...update, status: 'completed', progress: 100, updatedBy: OFFICER },
    };
    const reopened = { ...update, status: 'delayed' as const, progress: 95 };
    expect(
      updateImplementation(projectOf(fundedByTally, completed), inImplementation, reopened, OFFICER, NOW),
    ).toEqual([{ type: 'ImplementationUpdated', data: { ...reopened, updatedBy: OFFICER } }]);
  });
});
