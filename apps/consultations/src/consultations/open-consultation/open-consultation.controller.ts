import { randomUUID } from 'node:crypto';
import { Body, Controller, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal, EventStreams, type Principal } from '@commonplan/nest';
import { evolvePlan, initialPlan, versionOf, type Plan } from '../../plans/plan';
import { PLAN_STREAM, type PlanEvent } from '../../plans/plan.events';
import { ConsultationClosing } from '../close-consultation/consultation-closing.reactor';
import { evolveConsultation, initialConsultation, type Consultation } from '../consultation';
import { CONSULTATION_STREAM, type ConsultationEvent } from '../consultation.events';
import type { ConsultedVersion } from '../consulted-version';
import { openConsultation } from './open-consultation';
import { OpenConsultationRequest } from './open-consultation.request';

const plans = { initial: initialPlan, evolve: evolvePlan };
const consultations = { initial: initialConsultation, evolve: evolveConsultation };

const consultedVersion = (planId: string, plan: Plan, version: number): ConsultedVersion | undefined => {
  const found = versionOf(plan, version);
  return (
    found && {
      planId,
      version,
      sections: found.content.sections.map(({ sectionId, measures }) => ({
        sectionId,
        measures: measures.map(({ measureId, number, text }) => ({ measureId, number, text })),
      })),
    }
  );
};

@ApiTags('consultations')
@Controller('consultations')
export class OpenConsultationController {
  constructor(
    private readonly streams: EventStreams,
    private readonly closing: ConsultationClosing,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Put a published plan version to public consultation (officers)',
    description:
      'The period runs 30 days from now unless dates are given; it closes by itself at its closing time. ' +
      'Languages default to the plan’s, who may comment to anyone.',
  })
  async open(@CurrentPrincipal() officer: Principal, @Body() body: OpenConsultationRequest) {
    // A published version never changes, so reading it before the transaction decides on the same facts.
    const { state: plan } = await this.streams.load<Plan, PlanEvent>(PLAN_STREAM, body.planId, plans);
    const language = versionOf(plan, body.planVersion)?.content.language;
    const consultationId = randomUUID();
    const consultation = await this.streams.change<Consultation, ConsultationEvent>(
      CONSULTATION_STREAM,
      consultationId,
      consultations,
      actorOf(officer),
      (state) =>
        openConsultation(
          state,
          {
            planId: body.planId,
            planVersion: body.planVersion,
            title: body.title,
            explanation: body.explanation,
            opensAt: body.opensAt,
            closesAt: body.closesAt,
            // Without the version there is no language to default to, and the decision refuses it.
            languages: body.languages ?? (language ? [language] : []),
            whoMayComment: body.whoMayComment ?? 'anyone',
            openedBy: officer.participantId,
          },
          consultedVersion(body.planId, plan, body.planVersion),
          new Date(),
        ),
    );
    this.closing.expect(consultationId, consultation.closesAt!);
    const opening = consultation.opening!;
    return {
      consultationId,
      planId: opening.planId,
      planVersion: opening.planVersion,
      opensAt: opening.opensAt,
      closesAt: opening.closesAt,
      languages: opening.languages,
      whoMayComment: opening.whoMayComment,
    };
  }
}
