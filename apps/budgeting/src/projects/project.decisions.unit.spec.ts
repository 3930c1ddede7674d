import { fold, Invalid, NotFound, RuleViolated } from '@commonplan/kernel';
import { evolveCycle, initialCycle, type Cycle } from '../cycles/cycle';
import type { CycleEvent } from '../cycles/cycle.events';
import { evolveProject, initialProject, type Project } from './project';
import { assessFeasibility, mergeProjects, proposeProject } from './project.decisions';
import type { ProjectEvent, ProjectProposed } from './project.events';

const CYCLE = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';
const OFFICER = '3f2e1d0c-b9a8-4765-8432-10fedcba9876';
const RESIDENT = '9a8b7c6d-5e4f-4321-9876-543210fedcba';

const opened: CycleEvent = {
  type: 'CycleOpened',
  data: {
    title: { original: 'hr', texts: { hr: 'Zagreb, grad utočište' } },
    budget: { amount: '100000000', currency: 'EUR' },
    districts: [{ name: 'Trnje', budget: '20000000' }],
    withSupports: false,
    schedule: [],
    ballotRules: { kind: 'approval', maxChoices: 3, minChoices: 1 },
    eligibility: { verificationLevel: 'verified' },
    openedBy: OFFICER,
  },
};
const advanced = (from: 'proposals' | 'feasibility', to: 'feasibility' | 'voting'): CycleEvent => ({
  type: 'PhaseAdvanced',
  data: { from, to, advancedBy: OFFICER },
});
const cycleAt = (...events: CycleEvent[]): Cycle => fold(evolveCycle, initialCycle(), [opened, ...events]);

const proposal: ProjectProposed = {
  cycleId: CYCLE,
  title: { original: 'ar', texts: { ar: 'مقهى اللغة', hr: 'Jezični kafić' } },
  description: { original: 'ar', texts: { ar: 'لقاءات أسبوعية', hr: 'Tjedni susreti' } },
  category: 'language and welcome',
  district: 'Trnje',
  costEstimate: '1500000',
  place: { name: 'Knjižnica Trnje', latitude: 45.8, longitude: 15.98 },
  proposedBy: RESIDENT,
  proposedAs: 'resident',
};
const projectOf = (...events: ProjectEvent[]): Project => fold(evolveProject, initialProject(), events);

describe('a project', () => {
  it('is proposed in its cycle’s proposals phase, in a district of the cycle or citywide', () => {
    expect(proposeProject(initialProject(), cycleAt(), proposal)).toEqual([
      { type: 'ProjectProposed', data: proposal },
    ]);
    expect(() => proposeProject(initialProject(), cycleAt(), { ...proposal, district: 'Atlantis' })).toThrow(
      Invalid,
    );
    expect(() =>
      proposeProject(initialProject(), cycleAt(advanced('proposals', 'feasibility')), proposal),
    ).toThrow(/only in its proposals phase/);
    expect(() => proposeProject(initialProject(), initialCycle(), proposal)).toThrow(NotFound);
  });

  it('is assessed feasible at a final cost, or not feasible with a public reason, before voting', () => {
    const project = projectOf({ type: 'ProjectProposed', data: proposal });
    const [feasible] = assessFeasibility(
      project,
      cycleAt(),
      { feasible: true, finalCost: 1_750_000n },
      OFFICER,
    );
    expect(projectOf({ type: 'ProjectProposed', data: proposal }, feasible!)).toMatchObject({
      feasibility: 'feasible',
      cost: 1_750_000n,
    });
    const reason = { original: 'hr', texts: { hr: 'Knjižnica je zatvorena do 2028.' } };
    expect(assessFeasibility(project, cycleAt(), { feasible: false, reason }, OFFICER)).toEqual([
      {
        type: 'FeasibilityAssessed',
        data: { feasible: false, finalCost: null, reason, assessedBy: OFFICER },
      },
    ]);
    expect(() => assessFeasibility(project, cycleAt(), { feasible: true, finalCost: 0n }, OFFICER)).toThrow(
      Invalid,
    );
    const voting = cycleAt(advanced('proposals', 'feasibility'), advanced('feasibility', 'voting'));
    expect(() => assessFeasibility(project, voting, { feasible: true, finalCost: 1n }, OFFICER)).toThrow(
      RuleViolated,
    );
  });

  it('is merged into another of its cycle, both keeping their history', () => {
    const a = {
      id: '11111111-1111-4111-8111-111111111111',
      state: projectOf({ type: 'ProjectProposed', data: proposal }),
    };
    const b = {
      id: '22222222-2222-4222-8222-222222222222',
      state: projectOf({ type: 'ProjectProposed', data: proposal }),
    };
    const merged = mergeProjects(a, b, cycleAt(), OFFICER);
    expect(merged).toEqual({
      from: [{ type: 'ProjectMergedInto', data: { into: b.id, mergedBy: OFFICER } }],
      into: [{ type: 'ProjectAbsorbed', data: { from: a.id, mergedBy: OFFICER } }],
    });
    const gone = { ...a, state: projectOf({ type: 'ProjectProposed', data: proposal }, merged.from[0]!) };
    expect(() => mergeProjects(gone, b, cycleAt(), OFFICER)).toThrow(/cannot be merged again/);
    expect(() => mergeProjects(a, a, cycleAt(), OFFICER)).toThrow(/into itself/);
    const elsewhere = {
      ...b,
      state: projectOf({ type: 'ProjectProposed', data: { ...proposal, cycleId: OFFICER } }),
    };
    expect(() => mergeProjects(a, elsewhere, cycleAt(), OFFICER)).toThrow(/one cycle/);
  });
});
