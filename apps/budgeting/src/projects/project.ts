import type { ImplementationStatus, ProjectEvent } from './project.events';

export interface Funding {
  readonly cycleId: string;
  readonly amount: bigint;
  readonly by: 'tally' | 'override';
}

/** Where a funded project stands, as its latest implementation update said. */
export interface Implementation {
  readonly status: ImplementationStatus;
  readonly progress: number;
  readonly updates: number;
}

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
  /** Set once results are published with this project among the funded. */
  readonly funded?: Funding;
  readonly implementation?: Implementation;
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
    case 'ProjectFunded':
      return {
        ...state,
        funded: { cycleId: event.data.cycleId, amount: BigInt(event.data.amount), by: event.data.by },
      };
    case 'ImplementationUpdated':
      return {
        ...state,
        implementation: {
          status: event.data.status,
          progress: event.data.progress,
          updates: (state.implementation?.updates ?? 0) + 1,
        },
      };
  }
};
