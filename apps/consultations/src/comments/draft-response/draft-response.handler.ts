import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RuleViolated } from '@commonplan/kernel';
import { EventStreams, type Actor } from '@commonplan/nest';
import type { Comment } from '../comment';
import { COMMENT_STREAM } from '../comment.events';
import { CommentStreams } from '../comment-streams.adapter';
import { draftBulkResponse } from './draft-bulk-response';
import { draftResponse, type DraftResponse } from './draft-response';

export interface ResponseGroup {
  readonly bulkGroupId: string;
  readonly commentIds: readonly string[];
}

interface Refusal {
  readonly commentId: string;
  readonly code: string;
  readonly message: string;
}

/**
 * A group refused says, comment by comment, what stood in the way, as issues the client reads in the
 * problem's `errors`: `commentIds.2`, `response.comment-withdrawn`.
 */
const refusalsNamed = <T>(commentIds: readonly string[], decide: () => T): T => {
  try {
    return decide();
  } catch (error) {
    if (!(error instanceof RuleViolated) || !Array.isArray(error.details.refusals)) throw error;
    const refusals = error.details.refusals as Refusal[];
    throw new RuleViolated(error.code, error.message, {
      ...error.details,
      issues: refusals.map(({ commentId, code, message }) => ({
        field: `commentIds.${commentIds.indexOf(commentId)}`,
        rule: code,
        message,
      })),
    });
  }
};

/** Drafts responses, to one comment or to a group of them at once, in one transaction either way. */
@Injectable()
export class DraftResponseHandler {
  constructor(
    private readonly streams: EventStreams,
    private readonly comments: CommentStreams,
  ) {}

  async draft(consultationId: string, commentId: string, asked: DraftResponse, actor: Actor): Promise<void> {
    await this.comments.change(consultationId, commentId, actor, async (comment, state, session) =>
      draftResponse(
        { commentId, comment },
        { consultationId, state },
        await this.comments.commentsFrom(session, [commentId]),
        asked,
      ),
    );
  }

  /** All or nothing: a refusal names every comment of the group that stood in the way. */
  async draftForGroup(
    consultationId: string,
    commentIds: readonly string[],
    asked: DraftResponse,
    actor: Actor,
  ): Promise<ResponseGroup> {
    const bulkGroupId = randomUUID();
    await this.streams.inTransaction(async (session) => {
      const state = await this.comments.consultation(session, consultationId);
      const comments = await this.comments.commentsFrom(session, commentIds);
      const group: { commentId: string; state: Comment; version: number }[] = [];
      for (const commentId of commentIds)
        group.push({ commentId, ...(await this.comments.comment(session, commentId)) });
      const drafted = refusalsNamed(commentIds, () =>
        draftBulkResponse(
          group.map(({ commentId, state: comment }) => ({ commentId, comment })),
          { consultationId, state },
          comments,
          asked,
          bulkGroupId,
        ),
      );
      for (const [index, { commentId, events }] of drafted.entries())
        await this.streams.append(session, COMMENT_STREAM, commentId, events, group[index]!.version, actor);
    });
    return { bulkGroupId, commentIds };
  }
}
