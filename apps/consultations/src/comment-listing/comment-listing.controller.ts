import { Controller, Get, Param, ParseUUIDPipe, Req } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Repository } from 'typeorm';
import { CurrentPrincipal, type AuthenticatedRequest, type Principal } from '@commonplan/nest';
import { CommentListing, type ListedResponse } from './comment-listing.entity';
import { ownComment, publicComment } from './comment-listing.response';

const ORDER = { receivedAt: 'ASC', commentId: 'ASC' } as const;

@ApiTags('consultations')
@Controller('consultations')
export class CommentListingController {
  constructor(@InjectRepository(CommentListing) private readonly listings: Repository<CommentListing>) {}

  // Declared before `:consultationId/comments`, which would otherwise take `me` for a consultation.
  @Get('me/comments')
  @ApiOperation({
    summary: 'My comments, and what happened to each',
    description:
      'Every comment the signed-in participant made online, in every consultation, withdrawn and hidden ' +
      'ones too; once a consultation’s outcome is published, the response each got (a duplicate, its ' +
      'original’s; `null` if it was published unanswered).',
  })
  @ApiOkResponse({ description: 'Oldest first' })
  async mine(@CurrentPrincipal() contributor: Principal) {
    const rows = await this.listings.find({
      where: { contributorId: contributor.participantId },
      order: ORDER,
    });
    const comments = [];
    for (const row of rows)
      comments.push(ownComment(row, row.outcomePublished ? await this.answerOf(row) : null));
    return { comments };
  }

  @Get(':consultationId/comments')
  @ApiOperation({
    summary: 'The comments of a consultation',
    description:
      'Public. Withdrawn comments are left out; hidden ones are listed with their public reason only. ' +
      'Named comments show the organisation they come from; anonymous ones never say who. Responses ' +
      'show once the outcome is published; officers of consultations see the drafts before.',
  })
  @ApiOkResponse({ description: 'Oldest first' })
  async list(
    @Req() request: AuthenticatedRequest,
    @Param('consultationId', new ParseUUIDPipe()) consultationId: string,
  ) {
    const officer = request.principal?.badges.has('officer:consultations') ?? false;
    const rows = await this.listings.find({
      where: officer ? { consultationId } : { consultationId, withdrawn: false },
      order: ORDER,
    });
    return { consultationId, comments: rows.map((row) => publicComment(row, officer)) };
  }

  /**
   * The response a comment is answered by: a duplicate takes its original's while the original is
   * active, as the domain's `answeredThrough` decides; a loop leaves each comment answering for itself.
   */
  private async answerOf(row: CommentListing): Promise<ListedResponse | null> {
    const seen = new Set([row.commentId]);
    let current = row;
    while (current.duplicateOf !== null && !seen.has(current.duplicateOf)) {
      const original = await this.listings.findOneBy({ commentId: current.duplicateOf });
      if (!original || original.withdrawn || original.hiddenReason !== null) break;
      seen.add(original.commentId);
      current = original;
    }
    return current.duplicateOf !== null && seen.has(current.duplicateOf) ? row.response : current.response;
  }
}
