import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventStreams, type Actor } from '@commonplan/nest';
import { initialComment } from '../comment';
import { COMMENT_STREAM } from '../comment.events';
import { CommentStreams } from '../comment-streams.adapter';
import { ContributorRoll } from '../contributor-roll/contributor-roll.adapter';
import { submitComment, type Standing, type SubmitComment } from './submit-comment';

export interface SubmitCommentCommand {
  readonly consultationId: string;
  readonly asked: Omit<SubmitComment, 'consultationId'>;
  /** Offline, what the officer checked; online it is read from the contributor roll. */
  readonly standing?: Standing;
  readonly actor: Actor;
}

export interface CommentTaken {
  readonly commentId: string;
  readonly consultationId: string;
  readonly receivedAt: string;
}

/**
 * Takes a comment onto a stream of its own, so comments arriving at once never contend: the
 * consultation and its plan version are only read, in the same transaction.
 */
@Injectable()
export class SubmitCommentHandler {
  constructor(
    private readonly streams: EventStreams,
    private readonly comments: CommentStreams,
    private readonly roll: ContributorRoll,
  ) {}

  async submit(command: SubmitCommentCommand): Promise<CommentTaken> {
    const commentId = randomUUID();
    return this.streams.inTransaction(async (session) => {
      const consultation = await this.comments.consultation(session, command.consultationId);
      const consulted = await this.comments.consulted(session, consultation);
      const standing: Standing = command.standing ?? {
        verificationLevel: await this.roll.levelOf(command.asked.contributorId!, session),
        // Identity knows no organisations yet: online, acting for one is the contributor's own
        // declaration, as on e-Savjetovanja, where a registered user names the body they speak for.
        actsForOrganisation: command.asked.contributorType !== 'individual',
      };
      const asked = { ...command.asked, consultationId: command.consultationId };
      const events = submitComment(initialComment(), consultation, consulted, asked, standing, new Date());
      await this.streams.append(session, COMMENT_STREAM, commentId, events, 'no-stream', command.actor);
      const [submitted] = events;
      const receivedAt = submitted?.type === 'CommentSubmitted' ? submitted.data.receivedAt : '';
      return { commentId, consultationId: command.consultationId, receivedAt };
    });
  }
}
