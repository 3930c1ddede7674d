import type { MeasureContent } from './measure';
import type {
  DerivedAmendment,
  PlanDrafted,
  PlanEvent,
  PlanKind,
  PlanMeasure,
  PlanSection,
} from './plan.events';

/** What a plan says in one version, or in its draft. */
export interface PlanContent {
  readonly kind: PlanKind;
  readonly title: string;
  readonly language: string;
  readonly summary: string | null;
  readonly sections: readonly PlanSection[];
}

/** How a derived version came about: which consultation and which of its amendments. */
export interface Derivation {
  readonly fromVersion: number;
  readonly consultationId: string;
  readonly amendments: readonly DerivedAmendment[];
}

export interface PlanVersion {
  readonly version: number;
  readonly content: PlanContent;
  /** Absent for version 1, which is the published draft. */
  readonly derivation?: Derivation;
}

export interface Plan {
  readonly drafted: boolean;
  /** Present until version 1 is published; from then on the plan changes only by derivation. */
  readonly draft?: PlanContent;
  /** Every published version in order, `versions[n - 1]` being version n, each kept whole. */
  readonly versions: readonly PlanVersion[];
  /** Every measure id and number any version has used, so none is given to another measure later. */
  readonly measureIds: ReadonlySet<string>;
  readonly measureNumbers: ReadonlySet<string>;
}

export const initialPlan = (): Plan => ({
  drafted: false,
  versions: [],
  measureIds: new Set(),
  measureNumbers: new Set(),
});

export const contentOf = (data: Omit<PlanDrafted, 'draftedBy' | 'source'>): PlanContent => ({
  kind: data.kind,
  title: data.title,
  language: data.language,
  summary: data.summary,
  sections: data.sections,
});

export const measuresOf = (content: PlanContent): readonly PlanMeasure[] =>
  content.sections.flatMap((section) => section.measures);

export interface LocatedMeasure {
  readonly section: PlanSection;
  readonly measure: PlanMeasure;
}

export const findMeasure = (content: PlanContent, measureId: string): LocatedMeasure | undefined => {
  for (const section of content.sections) {
    const measure = section.measures.find((candidate) => candidate.measureId === measureId);
    if (measure) return { section, measure };
  }
  return undefined;
};

export const versionOf = (plan: Plan, version: number): PlanVersion | undefined => plan.versions[version - 1];

export const latestVersion = (plan: Plan): PlanVersion | undefined => plan.versions.at(-1);

/** Just a measure's content, without its id and number or any field a caller's object carries besides. */
export const measureContentOf = (measure: MeasureContent): MeasureContent => ({
  title: measure.title,
  text: measure.text,
  department: measure.department,
  budget: measure.budget,
  targetGroups: measure.targetGroups,
  indicators: measure.indicators,
});

const applyOne = (sections: PlanSection[], amendment: DerivedAmendment): PlanSection[] =>
  sections.map((section) => {
    if (amendment.kind === 'add')
      return section.sectionId === amendment.sectionId
        ? {
            ...section,
            measures: [
              ...section.measures,
              { measureId: amendment.measureId, number: amendment.number!, ...amendment.content! },
            ],
          }
        : section;
    if (!section.measures.some((measure) => measure.measureId === amendment.measureId)) return section;
    return {
      ...section,
      measures:
        amendment.kind === 'remove'
          ? section.measures.filter((measure) => measure.measureId !== amendment.measureId)
          : section.measures.map((measure) =>
              measure.measureId === amendment.measureId
                ? { measureId: measure.measureId, number: measure.number, ...amendment.content! }
                : measure,
            ),
    };
  });

/**
 * The content `amendments` make of `content`, applied in order: an added measure goes last in its
 * section, a changed one keeps its place, id and number. Assumes the amendments were checked.
 */
export const amend = (content: PlanContent, amendments: readonly DerivedAmendment[]): PlanContent => ({
  ...content,
  sections: amendments.reduce(applyOne, [...content.sections]),
});

const withMeasuresOf = (plan: Plan, content: PlanContent): Plan => {
  const measures = measuresOf(content);
  return {
    ...plan,
    measureIds: new Set([...plan.measureIds, ...measures.map((measure) => measure.measureId)]),
    measureNumbers: new Set([...plan.measureNumbers, ...measures.map((measure) => measure.number)]),
  };
};

export const evolvePlan = (plan: Plan, event: PlanEvent): Plan => {
  switch (event.type) {
    case 'PlanDrafted':
    case 'PlanDraftRevised':
      return { ...plan, drafted: true, draft: contentOf(event.data) };
    case 'PlanVersionPublished': {
      const { draft: _published, ...rest } = plan;
      const content = plan.draft!;
      return withMeasuresOf({ ...rest, versions: [{ version: 1, content }] }, content);
    }
    case 'PlanVersionDerived': {
      const { version, fromVersion, consultationId, amendments } = event.data;
      const content = amend(versionOf(plan, fromVersion)!.content, amendments);
      return withMeasuresOf(
        {
          ...plan,
          versions: [
            ...plan.versions,
            { version, content, derivation: { fromVersion, consultationId, amendments } },
          ],
        },
        content,
      );
    }
  }
};
