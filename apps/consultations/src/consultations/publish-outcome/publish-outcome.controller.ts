import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal, type Principal } from '@commonplan/nest';
import { PublishOutcomeHandler, type PublishedOutcome } from './publish-outcome.handler';
import { PublishOutcomeRequest } from './publish-outcome.request';

@ApiTags('consultations')
@Controller('consultations/:consultationId/outcome')
export class PublishOutcomeController {
  constructor(private readonly handler: PublishOutcomeHandler) {}

  @Post()
  @ApiOperation({
    summary: 'Publish the outcome: the next plan version and the outcome report (officers)',
    description:
      'Once the consultation has closed, publishes every drafted response, derives the next version ' +
      'of the plan from the standing amendments and stores the outcome report in every language of ' +
      'the consultation, citing a notary checkpoint that covers every comment, all in one ' +
      'transaction. Refused with 409 `outcome.already-published`, 422 `outcome.consultation-open`, ' +
      '422 `outcome.unanswered-comments` naming each comment in `errors` unless ' +
      '`publishWithUnanswered` is true, 422 `outcome.withdrawn-amendment-cited`, or 409 when another ' +
      'outcome has derived a newer plan version already; nothing is written then.',
  })
  @ApiCreatedResponse({ description: 'Published; the report is at GET .../outcome' })
  async publish(
    @CurrentPrincipal() officer: Principal,
    @Param('consultationId', new ParseUUIDPipe()) consultationId: string,
    @Body() body: PublishOutcomeRequest,
  ): Promise<PublishedOutcome & { readonly report: string }> {
    const published = await this.handler.publish(
      consultationId,
      body.publishWithUnanswered ?? false,
      actorOf(officer),
    );
    return { ...published, report: `/consultations/${consultationId}/outcome` };
  }
}
