import type { ProjectEvent } from './project.events';

export interface Project {
  readonly proposed: boolean;
  readonly cycleId?: string;
  readonly district?: string;
  readonly proposedBy?: string;
  readonly costEstimate: bigint;
  readonly feasibility: 'pending' | 'feasible' | 'not-feasible';
  /** The cost a tally counts: the assessed one once there is one. */
  readonly cost: bigint;
  readonly mergedInto?: string;
  readonly absorbed: readonly string[];
}

export const initialProject = (): Project => ({
  proposed: false,
  costEstimate: 0n,
  feasibility: 'pending',
  cost: 0n,
  absorbed: [],
});

export const evolveProject = (state: Project, event: ProjectEvent): Project => {
  switch (event.type) {
    case 'ProjectProposed': {
      const estimate = BigInt(event.data.costEstimate);
      return {
        ...state,
        proposed: true,
        cycleId: event.data.cycleId,
        proposedBy: event.data.proposedBy,
        costEstimate: estimate,
        cost: estimate,
        ...(event.data.district ? { district: event.data.district } : {}),
      };
    }
    case 'FeasibilityAssessed':
      return {
        ...state,
        feasibility: event.data.feasible ? 'feasible' : 'not-feasible',
        cost: event.data.finalCost === null ? state.cost : BigInt(event.data.finalCost),
      };
    case 'ProjectMergedInto':
      return { ...state, mergedInto: event.data.into };
    case 'ProjectAbsorbed':
      return { ...state, absorbed: [...state.absorbed, event.data.from] };
  }
};
