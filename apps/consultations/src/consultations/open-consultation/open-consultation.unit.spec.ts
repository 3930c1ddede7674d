import { Invalid, NotFound, RuleViolated } from '@commonplan/kernel';
import { initialConsultation } from '../consultation';
import { consultationOf, consulted, OPENS_AT, opening } from '../consultation.fixture';
import { openConsultation, type OpenConsultation } from './open-consultation';

const { opensAt: _opensAt, closesAt: _closesAt, ...asked } = opening;
const request: OpenConsultation = asked;

describe('opening a consultation', () => {
  it('runs for 30 days from now unless told otherwise', () => {
    expect(openConsultation(initialConsultation(), request, consulted, OPENS_AT)).toEqual([
      {
        type: 'ConsultationOpened',
        data: { ...opening, opensAt: '2027-03-01T08:00:00.000Z', closesAt: '2027-03-31T08:00:00.000Z' },
      },
    ]);
  });

  it('keeps the period it is given', () => {
    const [opened] = openConsultation(
      initialConsultation(),
      { ...request, opensAt: '2027-03-05T00:00:00.000Z', closesAt: '2027-04-20T00:00:00.000Z' },
      consulted,
      OPENS_AT,
    );
    expect(opened?.data).toMatchObject({
      opensAt: '2027-03-05T00:00:00.000Z',
      closesAt: '2027-04-20T00:00:00.000Z',
    });
  });

  it('refuses a period that ends before it starts or is already over', () => {
    const backwards = {
      ...request,
      opensAt: '2027-03-10T00:00:00.000Z',
      closesAt: '2027-03-09T00:00:00.000Z',
    };
    expect(() => openConsultation(initialConsultation(), backwards, consulted, OPENS_AT)).toThrow(
      expect.objectContaining({
        code: 'consultation.invalid-period',
        issues: [expect.objectContaining({ field: 'closesAt' })],
      }),
    );
    const over = { ...request, opensAt: '2027-01-01T00:00:00.000Z', closesAt: '2027-02-01T00:00:00.000Z' };
    expect(() => openConsultation(initialConsultation(), over, consulted, OPENS_AT)).toThrow(Invalid);
  });

  it('is held on a version of the plan that exists, once', () => {
    expect(() =>
      openConsultation(initialConsultation(), { ...request, planVersion: 2 }, consulted, OPENS_AT),
    ).toThrow(NotFound);
    expect(() => openConsultation(initialConsultation(), request, undefined, OPENS_AT)).toThrow(NotFound);
    expect(() => openConsultation(consultationOf(), request, consulted, OPENS_AT)).toThrow(RuleViolated);
  });

  it('names each language once', () => {
    expect(() =>
      openConsultation(initialConsultation(), { ...request, languages: ['hr', 'hr'] }, consulted, OPENS_AT),
    ).toThrow(expect.objectContaining({ code: 'consultation.language-twice' }));
  });
});
