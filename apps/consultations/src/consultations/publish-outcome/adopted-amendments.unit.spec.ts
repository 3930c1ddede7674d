import {
  AMENDMENT,
  amendment,
  consultationOf,
  content,
  MEASURE_COUNCIL,
  MEASURE_ONE_STOP,
  NEW_MEASURE,
  OFFICER,
  SECTION_WELCOME,
} from '../consultation.fixture';
import { adoptedAmendments } from './adopted-amendments';

const [ADDED, REMOVED, WITHDRAWN] = [
  'a1000000-0000-4000-8000-000000000001',
  'a1000000-0000-4000-8000-000000000002',
  'a1000000-0000-4000-8000-000000000003',
] as const;

describe('the amendments the next version is made of', () => {
  it('are the standing ones, in the order proposed, each with what its kind needs', () => {
    const consultation = consultationOf(
      { type: 'AmendmentProposed', data: amendment() },
      {
        type: 'AmendmentProposed',
        data: amendment({
          amendmentId: ADDED,
          kind: 'add',
          measureId: NEW_MEASURE,
          sectionId: SECTION_WELCOME,
          number: '3',
        }),
      },
      {
        type: 'AmendmentProposed',
        data: amendment({ amendmentId: REMOVED, kind: 'remove', measureId: MEASURE_COUNCIL, content: null }),
      },
      {
        type: 'AmendmentProposed',
        data: amendment({ amendmentId: WITHDRAWN, measureId: MEASURE_COUNCIL }),
      },
      { type: 'AmendmentWithdrawn', data: { amendmentId: WITHDRAWN, withdrawnBy: OFFICER } },
    );
    expect(adoptedAmendments(consultation)).toEqual([
      { kind: 'change', amendmentId: AMENDMENT, measureId: MEASURE_ONE_STOP, content },
      {
        kind: 'add',
        amendmentId: ADDED,
        measureId: NEW_MEASURE,
        sectionId: SECTION_WELCOME,
        content,
        number: '3',
      },
      { kind: 'remove', amendmentId: REMOVED, measureId: MEASURE_COUNCIL },
    ]);
  });
});
