import { fold } from '@commonplan/kernel';
import { evolveCycle, initialCycle, type Cycle } from '../cycles/cycle';
import { PHASES, type CycleEvent, type Phase } from '../cycles/cycle.events';
import { evolveProject, initialProject, type Project } from './project';
import type { ProjectEvent, ProjectProposed } from './project.events';

/** Events and states for unit tests of the deciders that act on projects. */
export const CYCLE = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';
export const OFFICER = '3f2e1d0c-b9a8-4765-8432-10fedcba9876';

/** A cycle without supports, advanced phase by phase up to `phase`. */
export const cycleIn = (phase: Phase): Cycle => {
  const opened: CycleEvent = {
    type: 'CycleOpened',
    data: {
      title: { original: 'fr', texts: { fr: 'Paris, ville refuge' } },
      budget: { amount: '500000000', currency: 'EUR' },
      districts: [],
      withSupports: false,
      schedule: [],
      ballotRules: { kind: 'approval', maxChoices: 3 },
      eligibility: { verificationLevel: 'verified' },
      openedBy: OFFICER,
    },
  };
  const path: readonly Phase[] = PHASES.filter((step) => step !== 'supports');
  const advances = path.slice(1, path.indexOf(phase) + 1).map((to, index): CycleEvent => ({
    type: 'PhaseAdvanced',
    data: { from: path[index]!, to, advancedBy: OFFICER },
  }));
  return fold(evolveCycle, initialCycle(), [opened, ...advances]);
};

export const proposal: ProjectProposed = {
  cycleId: CYCLE,
  title: { original: 'ar', texts: { ar: 'مقهى اللغة', fr: 'Café des langues' } },
  description: { original: 'ar', texts: { ar: 'لقاءات أسبوعية' } },
  category: 'welcome',
  district: null,
  costEstimate: '1500000',
  place: null,
  proposedBy: OFFICER,
  proposedAs: 'officer',
};

/** A proposed project after `events`. */
export const projectOf = (...events: ProjectEvent[]): Project =>
  fold(evolveProject, initialProject(), [{ type: 'ProjectProposed', data: proposal }, ...events]);

export const fundedByTally: ProjectEvent = {
  type: 'ProjectFunded',
  data: { cycleId: CYCLE, amount: '1500000', by: 'tally' },
};
