import { DomainError, Invalid, RuleViolated } from '@commonplan/kernel';
import type { Consultation } from '../../consultations/consultation';
import type { Comment, CommentsOfConsultation } from '../comment';
import type { CommentEvent } from '../comment.events';
import { checkAnswerable, checkResponse, mustNotBePublished, type DraftResponse } from './draft-response';

interface Refusal {
  readonly commentId: string;
  readonly code: string;
  readonly message: string;
}

/**
 * One response to a group of similar comments, each of which must be answerable on its own: the
 * group is answered entirely or not at all, and a refusal lists every comment that stood in the way.
 */
export const draftBulkResponse = (
  group: readonly { readonly commentId: string; readonly comment: Comment }[],
  consultation: { readonly consultationId: string; readonly state: Consultation },
  comments: CommentsOfConsultation,
  asked: DraftResponse,
  bulkGroupId: string,
): { readonly commentId: string; readonly events: CommentEvent[] }[] => {
  mustNotBePublished(consultation.state);
  const ids = group.map((member) => member.commentId);
  if (ids.length === 0 || new Set(ids).size !== ids.length)
    throw new Invalid('response.invalid-group', 'a group names each of its comments once', [
      { field: 'commentIds', rule: 'unique-non-empty', message: 'name each comment of the group once' },
    ]);
  checkResponse(asked, consultation.state);
  const refusals: Refusal[] = group.flatMap(({ commentId, comment }) => {
    try {
      checkAnswerable(commentId, comment, consultation.consultationId, comments);
      return [];
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return [{ commentId, code: error.code, message: error.message }];
    }
  });
  if (refusals.length > 0)
    throw new RuleViolated('response.group-refused', 'some comments of the group cannot take this response', {
      field: 'commentIds',
      refusals,
    });
  return group.map(({ commentId }) => ({
    commentId,
    events: [{ type: 'ResponseDrafted', data: { ...asked, bulkGroupId } }],
  }));
};
