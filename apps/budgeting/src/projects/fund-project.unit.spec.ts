import { Conflict, Invalid, NotFound, RuleViolated } from '@commonplan/kernel';
import { fundProject } from './fund-project';
import { initialProject } from './project';
import { CYCLE, cycleIn, OFFICER, projectOf, proposal } from './project.fixture';

const byTally = { cycleId: CYCLE, amount: 1_500_000n, by: 'tally' } as const;

describe('funding a project at results publication', () => {
  it('records the cycle, the amount and whether the tally or an override funded it', () => {
    const events = fundProject(projectOf(), cycleIn('tally'), byTally);
    expect(events).toEqual([
      { type: 'ProjectFunded', data: { cycleId: CYCLE, amount: '1500000', by: 'tally' } },
    ]);
    expect(projectOf(...events).funded).toEqual(byTally);
    expect(fundProject(projectOf(), cycleIn('results'), { ...byTally, by: 'override' })).toEqual([
      { type: 'ProjectFunded', data: { cycleId: CYCLE, amount: '1500000', by: 'override' } },
    ]);
  });

  it('decides nothing new when publication is retried, and refuses funding again on other terms', () => {
    const funded = projectOf(...fundProject(projectOf(), cycleIn('tally'), byTally));
    expect(fundProject(funded, cycleIn('results'), byTally)).toEqual([]);
    expect(() => fundProject(funded, cycleIn('results'), { ...byTally, amount: 9n })).toThrow(Conflict);
  });

  it('refuses before the vote is counted, another cycle’s project, merged or infeasible ones, and no money', () => {
    expect(() => fundProject(projectOf(), cycleIn('voting'), byTally)).toThrow(
      /once the vote has been counted/,
    );
    expect(() => fundProject(projectOf(), cycleIn('tally'), { ...byTally, cycleId: OFFICER })).toThrow(
      /cycle it was proposed in/,
    );
    const merged = projectOf({ type: 'ProjectMergedInto', data: { into: CYCLE, mergedBy: OFFICER } });
    expect(() => fundProject(merged, cycleIn('tally'), byTally)).toThrow(RuleViolated);
    const infeasible = projectOf({
      type: 'FeasibilityAssessed',
      data: { feasible: false, finalCost: null, reason: proposal.title, assessedBy: OFFICER },
    });
    expect(() => fundProject(infeasible, cycleIn('tally'), byTally)).toThrow(/not feasible/);
    expect(() => fundProject(projectOf(), cycleIn('tally'), { ...byTally, amount: 0n })).toThrow(Invalid);
    expect(() => fundProject(initialProject(), cycleIn('tally'), byTally)).toThrow(NotFound);
  });
});
