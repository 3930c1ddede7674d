import { fold, NotAllowed, NotFound, RuleViolated } from '@commonplan/kernel';
import { evolveCycle, initialCycle, type Cycle } from '../../cycles/cycle';
import type { CycleEvent, Phase } from '../../cycles/cycle.events';
import { initialProject } from '../../projects/project';
import { CYCLE, cycleIn, OFFICER, projectOf } from '../../projects/project.fixture';
import { evolveSupports, initialSupports, type Supports } from '../supports';
import type { SupportsEvent } from '../supports.events';
import { supportProject, withdrawSupport, type Supporter } from './support-project';

const PROJECT = '11111111-1111-4111-8111-111111111111';
const RESIDENT = '9a8b7c6d-5e4f-4321-9876-543210fedcba';
const project = { id: PROJECT, state: projectOf() };
const resident: Supporter = { participantId: RESIDENT, facts: { level: 'verified', ageBand: '30-44' } };

/** A cycle with a supports phase, for residents 16 and over, advanced up to `phase`. */
const cycleWithSupports = (phase: Phase): Cycle => {
  const opened: CycleEvent = {
    type: 'CycleOpened',
    data: {
      title: { original: 'fr', texts: { fr: 'Paris, ville refuge' } },
      budget: { amount: '500000000', currency: 'EUR' },
      districts: [],
      withSupports: true,
      schedule: [],
      ballotRules: { kind: 'approval', maxChoices: 3 },
      eligibility: { verificationLevel: 'verified', minimumAge: 16 },
      openedBy: OFFICER,
    },
  };
  const path: readonly Phase[] = ['proposals', 'supports', 'feasibility', 'voting'];
  const advances = path.slice(1, path.indexOf(phase) + 1).map((to, index): CycleEvent => ({
    type: 'PhaseAdvanced',
    data: { from: path[index]!, to, advancedBy: OFFICER },
  }));
  return fold(evolveCycle, initialCycle(), [opened, ...advances]);
};

const supportsAfter = (...events: SupportsEvent[]): Supports =>
  fold(evolveSupports, initialSupports(), events);
const supported: SupportsEvent = {
  type: 'ProjectSupported',
  data: { cycleId: CYCLE, projectId: PROJECT, participantId: RESIDENT },
};
const inSupports = cycleWithSupports('supports');

describe('supporting a project', () => {
  it('is one support per resident per project, in the supports phase; supporting twice changes nothing', () => {
    expect(supportProject(initialSupports(), inSupports, project, resident)).toEqual([supported]);
    expect(supportsAfter(supported).supported).toEqual(new Set([PROJECT]));
    expect(supportProject(supportsAfter(supported), inSupports, project, resident)).toEqual([]);
  });

  it('can be withdrawn in the supports phase, which changes nothing for a project not supported', () => {
    const withdrawn = withdrawSupport(supportsAfter(supported), inSupports, project, RESIDENT);
    expect(withdrawn).toEqual([
      { type: 'SupportWithdrawn', data: { cycleId: CYCLE, projectId: PROJECT, participantId: RESIDENT } },
    ]);
    expect(supportsAfter(supported, ...withdrawn).supported.size).toBe(0);
    expect(withdrawSupport(initialSupports(), inSupports, project, RESIDENT)).toEqual([]);
  });

  it.each<[string, Cycle]>([
    ['before the supports phase', cycleWithSupports('proposals')],
    ['after it', cycleWithSupports('feasibility')],
    ['in a cycle without one', cycleIn('feasibility')],
  ])('is refused %s, and so is withdrawing', (_when, cycle) => {
    const refusal = expect.objectContaining({ code: 'support.outside-supports-phase' });
    expect(() => supportProject(initialSupports(), cycle, project, resident)).toThrow(refusal);
    expect(() => withdrawSupport(supportsAfter(supported), cycle, project, RESIDENT)).toThrow(refusal);
  });

  it('asks what voting asks of the resident, and says which rule stands in the way', () => {
    const refused = (facts: Supporter['facts']) => {
      try {
        supportProject(initialSupports(), inSupports, project, { participantId: RESIDENT, facts });
      } catch (error) {
        expect(error).toBeInstanceOf(NotAllowed);
        return error as NotAllowed;
      }
      throw new Error('supported');
    };
    expect(refused({ level: 'self-declared', ageBand: '30-44' }).details).toEqual({
      reasons: ['verification-level'],
    });
    expect(refused({ level: 'verified', ageBand: '0-15' }).details).toEqual({ reasons: ['too-young'] });
    expect(refused({ level: 'none' }).code).toBe('support.not-eligible');
  });

  it('needs a project that exists and was not merged away', () => {
    expect(() =>
      supportProject(initialSupports(), inSupports, { id: PROJECT, state: initialProject() }, resident),
    ).toThrow(NotFound);
    const merged = projectOf({ type: 'ProjectMergedInto', data: { into: CYCLE, mergedBy: OFFICER } });
    expect(() =>
      supportProject(initialSupports(), inSupports, { id: PROJECT, state: merged }, resident),
    ).toThrow(expect.objectContaining({ code: 'project.merged-away' }));
    expect(() =>
      supportProject(initialSupports(), inSupports, { id: PROJECT, state: merged }, resident),
    ).toThrow(RuleViolated);
  });
});
