import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { SqlDatabase } from '@commonplan/event-store';
import { StaleVersion } from '@commonplan/kernel';
import { EventStreams, SQL_DATABASE, type UnnamedActor } from '@commonplan/nest';
import { evolveConsultation, initialConsultation, type Consultation } from '../consultation';
import { CONSULTATION_STREAM, type ConsultationEvent } from '../consultation.events';
import { closeConsultation } from './close-consultation';

/** At the latest this often the listing is asked for closings due, for those opened by other processes. */
const POLL_MS = 60_000;
const ATTEMPTS = 3;

/** No one closes a consultation: its period ends, and the platform records that. */
const SCHEDULER: UnnamedActor = { unnamed: true, role: 'scheduler' };

const consultations = { initial: initialConsultation, evolve: evolveConsultation };

/**
 * Records each consultation's closing at its closing time, and at start those that came due while no
 * process ran. Every process may run it: the closing is appended at the version the decision was
 * taken on, so of two processes closing one consultation, one appends and the other finds it closed.
 */
@Injectable()
export class ConsultationClosing implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ConsultationClosing');
  /** Opened here and not yet closed: known before the listing shows them. */
  private readonly expected = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private wakeAt = Number.POSITIVE_INFINITY;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly streams: EventStreams,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
  ) {}

  onApplicationBootstrap(): void {
    this.wakeIn(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** A consultation opened here closes at `closesAt`: wake then, not at the next poll. */
  expect(consultationId: string, closesAt: Date): void {
    this.expected.set(consultationId, closesAt.getTime());
    if (closesAt.getTime() < this.wakeAt) this.wakeIn(closesAt.getTime() - Date.now());
  }

  /** Records every closing due at `now`, one after the other; what each tick runs. */
  closeDue(now: Date = new Date()): Promise<void> {
    const run = this.running.then(() => this.closeEach(now));
    this.running = run.catch(() => undefined);
    return run;
  }

  private wakeIn(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    const delay = Math.min(Math.max(delayMs, 0), POLL_MS);
    this.wakeAt = Date.now() + delay;
    this.timer = setTimeout(() => void this.tick(), delay);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.wakeAt = Number.POSITIVE_INFINITY;
    const now = new Date();
    try {
      await this.closeDue(now);
      this.wakeIn((await this.nextClosing(now)) - Date.now());
    } catch (error) {
      this.logger.error({ err: error }, 'could not look for consultations to close; trying at the next poll');
      this.wakeIn(POLL_MS);
    }
  }

  private async closeEach(now: Date): Promise<void> {
    const { rows } = await this.db.query<{ consultation_id: string }>(
      `SELECT consultation_id FROM consultations_consultations
        WHERE NOT closed AND closes_at <= $1 ORDER BY closes_at`,
      [now.toISOString()],
    );
    const due = new Set(rows.map((row) => row.consultation_id));
    for (const [consultationId, closesAt] of this.expected)
      if (closesAt <= now.getTime()) due.add(consultationId);
    for (const consultationId of due) {
      try {
        await this.close(consultationId, now);
        this.expected.delete(consultationId);
      } catch (error) {
        this.logger.error({ err: error, consultationId }, 'could not record a closing; trying again later');
      }
    }
  }

  private async close(consultationId: string, now: Date): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.streams.inTransaction(async (session) => {
          const { state, version } = await this.streams.load<Consultation, ConsultationEvent>(
            CONSULTATION_STREAM,
            consultationId,
            consultations,
            session,
          );
          const events = closeConsultation(state, now);
          await this.streams.append(session, CONSULTATION_STREAM, consultationId, events, version, SCHEDULER);
        });
        return;
      } catch (error) {
        // Someone wrote to the consultation meanwhile (another process closing it, say): decide again.
        if (!(error instanceof StaleVersion) || attempt === ATTEMPTS) throw error;
      }
    }
  }

  /**
   * When the next closing after the tick at `now` is due, as far as this process knows; the poll bounds
   * the wait anyway. A closing that came due while the tick ran (a timer may fire a moment early) is
   * due at once, not at the next poll.
   */
  private async nextClosing(now: Date): Promise<number> {
    const { rows } = await this.db.query<{ next: string | null }>(
      `SELECT (extract(epoch FROM min(closes_at)) * 1000)::bigint::text AS next
         FROM consultations_consultations WHERE NOT closed AND closes_at > $1`,
      [now.toISOString()],
    );
    const known = rows[0]?.next ? Number(rows[0].next) : Number.POSITIVE_INFINITY;
    // One due at the tick that failed to close: the next poll tries it again, rather than a tight loop.
    const ahead = [...this.expected.values()].filter((closesAt) => closesAt > now.getTime());
    return Math.min(known, ...ahead);
  }
}
