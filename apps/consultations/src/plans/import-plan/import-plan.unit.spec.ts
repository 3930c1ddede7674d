import { Conflict } from '@commonplan/kernel';
import { draftedEvent, idOf, mintFrom, OFFICER, planOf, publishedPlanOf } from '../plan.fixture';
import { importPlan, type ImportPlan } from './import-plan';

const command: ImportPlan = {
  markdown: '# Osijek welcomes\n\n## Language\n\n1. Language cafés in every library.\n',
  kind: 'action-plan',
  language: 'hr',
  importedBy: OFFICER,
};
const content = {
  kind: 'action-plan',
  title: 'Osijek welcomes',
  language: 'hr',
  summary: null,
  sections: [
    {
      sectionId: idOf(1),
      heading: 'Language',
      introduction: null,
      measures: [
        {
          measureId: idOf(2),
          number: '1',
          title: 'Language cafés in every library',
          text: 'Language cafés in every library.',
          department: null,
          budget: null,
          targetGroups: [],
          indicators: [],
        },
      ],
    },
  ],
  source: 'markdown',
};

describe('importing a plan from a Markdown file', () => {
  it('drafts a new plan from the file', () => {
    expect(importPlan(planOf(), command, mintFrom(1))).toEqual([
      { type: 'PlanDrafted', data: { ...content, draftedBy: OFFICER } },
    ]);
  });

  it('replaces an existing draft with the file', () => {
    expect(importPlan(planOf(draftedEvent), command, mintFrom(1))).toEqual([
      { type: 'PlanDraftRevised', data: { ...content, revisedBy: OFFICER } },
    ]);
  });

  it('refuses once a version is published, and a file without measures', () => {
    expect(() => importPlan(publishedPlanOf(), command, mintFrom(1))).toThrow(Conflict);
    expect(() =>
      importPlan(planOf(), { ...command, markdown: '# Empty\n\n## Nothing\n' }, mintFrom(1)),
    ).toThrow(expect.objectContaining({ code: 'plan.no-measures', details: { line: 4 } }));
  });
});
