import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventIdReused, WrongExpectedVersion } from '@commonplan/event-store';
import { RuleViolated } from '@commonplan/kernel';
import { EventStreams, nameBasedUuid, type Actor } from '@commonplan/nest';
import { initialComment, type Comment } from '../comment';
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
  /** From the client's Idempotency-Key: a retry of the same comment is taken once. */
  readonly commandId?: string;
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
    // With a key, the comment's id follows from it and its sender, so a retry finds the first try.
    const commentId = command.commandId
      ? nameBasedUuid(command.commandId, `comment/${command.actor.participantId}`)
      : randomUUID();
    try {
      return await this.take(commentId, command);
    } catch (error) {
      // A retry that raced its first try to the append: the first try is stored now.
      if (!command.commandId || !(error instanceof WrongExpectedVersion || error instanceof EventIdReused))
        throw error;
      return this.take(commentId, command);
    }
  }

  private take(commentId: string, command: SubmitCommentCommand): Promise<CommentTaken> {
    return this.streams.inTransaction(async (session) => {
      if (command.commandId) {
        const { state } = await this.comments.comment(session, commentId);
        if (state.submission) return this.retried(commentId, state, command);
      }
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
      await this.streams.append(session, COMMENT_STREAM, commentId, events, 'no-stream', command.actor, {
        ...(command.commandId ? { commandId: command.commandId } : {}),
      });
      const [submitted] = events;
      const receivedAt = submitted?.type === 'CommentSubmitted' ? submitted.data.receivedAt : '';
      return { commentId, consultationId: command.consultationId, receivedAt };
    });
  }

  /** The first try's answer again, unless the key was sent before with another comment. */
  private retried(commentId: string, stored: Comment, command: SubmitCommentCommand): CommentTaken {
    const first = stored.submission!;
    if (first.consultationId !== command.consultationId || first.text !== command.asked.text)
      throw new RuleViolated(
        'request.idempotency-key-reused',
        'this Idempotency-Key was sent before with another comment; use a new key for a new comment',
        { field: 'Idempotency-Key' },
      );
    return { commentId, consultationId: first.consultationId, receivedAt: first.receivedAt };
  }
}
