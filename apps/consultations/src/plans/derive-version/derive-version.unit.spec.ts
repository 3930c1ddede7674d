import { Conflict, NotFound, RuleViolated } from '@commonplan/kernel';
import type { MeasureContent } from '../measure';
import { findMeasure, latestVersion, measureContentOf, measuresOf, versionOf } from '../plan';
import { planVersionDerived, type PlanEvent } from '../plan.events';
import {
  CAFES,
  CLASSES,
  CONSULTATION,
  draftedEvent,
  idOf,
  JOBS,
  LANGUAGE,
  measure,
  OFFICER,
  planOf,
  publishedPlanOf,
  WORK,
} from '../plan.fixture';
import { deriveVersion, type AdoptedAmendment, type DeriveVersion } from './derive-version';

const content = (title: string): MeasureContent => measureContentOf(measure(CAFES, '0', title));
const derive = (amendments: AdoptedAmendment[], fromVersion = 1): DeriveVersion => ({
  fromVersion,
  consultationId: CONSULTATION,
  amendments,
  derivedBy: OFFICER,
});
const [A1, A2, A3, A4] = [idOf(101), idOf(102), idOf(103), idOf(104)];
const NEW = idOf(201);

describe('deriving a plan’s next version from a consultation’s amendments', () => {
  it('adds, changes and removes measures, keeping ids and numbers of the others', () => {
    const amendments: AdoptedAmendment[] = [
      {
        amendmentId: A1,
        kind: 'change',
        measureId: CAFES,
        content: content('Language cafés for asylum seekers too'),
      },
      { amendmentId: A2, kind: 'remove', measureId: CLASSES },
      {
        amendmentId: A3,
        kind: 'add',
        measureId: NEW,
        sectionId: LANGUAGE,
        content: content('Conversation partners'),
      },
    ];
    const events = deriveVersion(publishedPlanOf(), derive(amendments));
    expect(events).toHaveLength(1);
    const [derived] = events as [Extract<PlanEvent, { type: 'PlanVersionDerived' }>];
    expect(planVersionDerived.parse(derived.data).ok).toBe(true);
    expect(derived.data).toMatchObject({
      version: 2,
      fromVersion: 1,
      consultationId: CONSULTATION,
      derivedBy: OFFICER,
    });
    expect(
      derived.data.amendments.map(({ kind, sectionId, number }) => ({ kind, sectionId, number })),
    ).toEqual([
      { kind: 'change', sectionId: null, number: null },
      { kind: 'remove', sectionId: null, number: null },
      { kind: 'add', sectionId: LANGUAGE, number: '1a' },
    ]);

    const plan = publishedPlanOf(...events);
    const v2 = latestVersion(plan)!;
    expect(v2.version).toBe(2);
    expect(measuresOf(v2.content).map(({ measureId, number, title }) => [measureId, number, title])).toEqual([
      [CAFES, '1', 'Language cafés for asylum seekers too'],
      [NEW, '1a', 'Conversation partners'],
      [JOBS, '3', 'Job fairs'],
    ]);
    expect(v2.derivation).toEqual({
      fromVersion: 1,
      consultationId: CONSULTATION,
      amendments: derived.data.amendments,
    });
    expect(findMeasure(versionOf(plan, 1)!.content, CLASSES)?.measure.title).toBe('Evening classes');
  });

  it('keeps the number the officer proposed for an added measure, unless the plan ever used it', () => {
    const numberOf = (number: string) => {
      const events = deriveVersion(
        publishedPlanOf(),
        derive([
          {
            amendmentId: A1,
            kind: 'add',
            measureId: NEW,
            sectionId: WORK,
            content: content('Mentoring'),
            number,
          },
        ]),
      );
      return measuresOf(latestVersion(publishedPlanOf(...events))!.content).find((m) => m.measureId === NEW)
        ?.number;
    };
    expect(numberOf('46')).toBe('46');
    expect(numberOf('1')).toBe('4');
  });

  it('numbers an added measure after its section’s last one, never reusing a number the plan has had', () => {
    const first = deriveVersion(
      publishedPlanOf(),
      derive([
        { amendmentId: A1, kind: 'add', measureId: NEW, sectionId: WORK, content: content('Mentoring') },
      ]),
    );
    expect(measuresOf(latestVersion(publishedPlanOf(...first))!.content).at(-1)?.number).toBe('4');
    const removed = publishedPlanOf(...first);
    const second = deriveVersion(
      removed,
      derive(
        [
          { amendmentId: A2, kind: 'remove', measureId: NEW },
          {
            amendmentId: A3,
            kind: 'add',
            measureId: idOf(202),
            sectionId: WORK,
            content: content('Internships'),
          },
          {
            amendmentId: A4,
            kind: 'add',
            measureId: idOf(203),
            sectionId: WORK,
            content: content('Apprenticeships'),
          },
        ],
        2,
      ),
    );
    expect(
      measuresOf(latestVersion(publishedPlanOf(...first, ...second))!.content).map((m) => m.number),
    ).toEqual(['1', '2', '3', '3a', '3b']);
  });

  it('drops any field a caller’s amendment carries besides the measure content', () => {
    const carried = { ...content('Mentoring'), motivatedBy: [A4] } as MeasureContent;
    const [event] = deriveVersion(
      publishedPlanOf(),
      derive([{ amendmentId: A1, kind: 'change', measureId: JOBS, content: carried }]),
    );
    expect(planVersionDerived.parse(event!.data).ok).toBe(true);
  });

  it('amends only the latest published version', () => {
    const second = deriveVersion(publishedPlanOf(), derive([]));
    expect(() => deriveVersion(publishedPlanOf(...second), derive([]))).toThrow(Conflict);
    expect(() => deriveVersion(publishedPlanOf(...second), derive([]))).toThrow(
      expect.objectContaining({ code: 'plan.not-latest-version', details: { latestVersion: 2 } }),
    );
    expect(() => deriveVersion(planOf(draftedEvent), derive([]))).toThrow(
      expect.objectContaining({ code: 'plan.not-published' }),
    );
    expect(() => deriveVersion(planOf(), derive([]))).toThrow(NotFound);
  });

  it.each<[string, AdoptedAmendment[]]>([
    ['plan.unknown-measure', [{ amendmentId: A1, kind: 'change', measureId: NEW, content: content('x') }]],
    ['plan.unknown-measure', [{ amendmentId: A1, kind: 'remove', measureId: NEW }]],
    [
      'plan.measure-already-removed',
      [
        { amendmentId: A1, kind: 'remove', measureId: JOBS },
        { amendmentId: A2, kind: 'remove', measureId: JOBS },
      ],
    ],
    [
      'plan.measure-already-removed',
      [
        { amendmentId: A1, kind: 'remove', measureId: JOBS },
        { amendmentId: A2, kind: 'change', measureId: JOBS, content: content('x') },
      ],
    ],
    [
      'plan.unknown-section',
      [{ amendmentId: A1, kind: 'add', measureId: NEW, sectionId: idOf(9), content: content('x') }],
    ],
    [
      'plan.measure-id-taken',
      [{ amendmentId: A1, kind: 'add', measureId: JOBS, sectionId: WORK, content: content('x') }],
    ],
    [
      'plan.duplicate-amendment',
      [
        { amendmentId: A1, kind: 'remove', measureId: JOBS },
        { amendmentId: A1, kind: 'remove', measureId: CAFES },
      ],
    ],
    [
      'plan.no-measures',
      [
        { amendmentId: A1, kind: 'remove', measureId: JOBS },
        { amendmentId: A2, kind: 'remove', measureId: CAFES },
        { amendmentId: A3, kind: 'remove', measureId: CLASSES },
      ],
    ],
  ])('refuses with %s', (code, amendments) => {
    expect(() => deriveVersion(publishedPlanOf(), derive(amendments))).toThrow(RuleViolated);
    expect(() => deriveVersion(publishedPlanOf(), derive(amendments))).toThrow(
      expect.objectContaining({ code }),
    );
  });

  it('refuses a new measure under the id of one removed in an earlier version', () => {
    const removed = deriveVersion(
      publishedPlanOf(),
      derive([{ amendmentId: A1, kind: 'remove', measureId: JOBS }]),
    );
    const readd: AdoptedAmendment = {
      amendmentId: A2,
      kind: 'add',
      measureId: JOBS,
      sectionId: WORK,
      content: content('x'),
    };
    expect(() => deriveVersion(publishedPlanOf(...removed), derive([readd], 2))).toThrow(
      expect.objectContaining({ code: 'plan.measure-id-taken' }),
    );
  });
});
