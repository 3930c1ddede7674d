import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotFound } from '@commonplan/kernel';
import { EventStreams } from '@commonplan/nest';
import { evolveConsultation, initialConsultation, type Consultation } from '../consultations/consultation';
import { CONSULTATION_STREAM, type ConsultationEvent } from '../consultations/consultation.events';

const consultations = { initial: initialConsultation, evolve: evolveConsultation };

/**
 * The amendments of a consultation as its stream holds them, so officers see what they proposed
 * before the outcome publishes it; a consultation has few, and its stream is short.
 */
@ApiTags('consultations')
@Controller('consultations/:consultationId/amendments')
export class AmendmentListingController {
  constructor(private readonly streams: EventStreams) {}

  @Get()
  @ApiOperation({ summary: 'The amendments proposed in a consultation, withdrawn ones too (officers)' })
  @ApiOkResponse({ description: 'In the order they were proposed' })
  async list(@Param('consultationId', new ParseUUIDPipe()) consultationId: string) {
    const { state } = await this.streams.load<Consultation, ConsultationEvent>(
      CONSULTATION_STREAM,
      consultationId,
      consultations,
    );
    if (!state.opened) throw new NotFound('consultation.not-found', 'no such consultation');
    return {
      consultationId,
      amendments: [...state.amendments.values()].map(
        ({ proposedBy: _proposedBy, ...amendment }) => amendment,
      ),
    };
  }
}
