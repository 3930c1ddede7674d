import { NotFound } from '@commonplan/kernel';
import { initialConsultation } from '../consultation';
import { AFTER, CLOSES_AT, consultationOf, DURING } from '../consultation.fixture';
import { closeConsultation } from './close-consultation';

describe('closing a consultation', () => {
  it('closes at the announced time, dated then whenever the scheduler notices', () => {
    expect(closeConsultation(consultationOf(), AFTER)).toEqual([
      { type: 'ConsultationClosed', data: { closedAt: CLOSES_AT.toISOString() } },
    ]);
    expect(closeConsultation(consultationOf(), CLOSES_AT)).toHaveLength(1);
  });

  it('does nothing before the closing time or once closed', () => {
    expect(closeConsultation(consultationOf(), DURING)).toEqual([]);
    const closed = consultationOf({
      type: 'ConsultationClosed',
      data: { closedAt: CLOSES_AT.toISOString() },
    });
    expect(closed.closed).toBe(true);
    expect(closeConsultation(closed, AFTER)).toEqual([]);
  });

  it('knows no consultation that was never opened', () => {
    expect(() => closeConsultation(initialConsultation(), AFTER)).toThrow(NotFound);
  });
});
