import type { PageContext } from '../kit/page-context';
import type { ApiAnswer, PlatformApi } from '../kit/platform-api';
import type { Amendment, Consultation, OfficerComment } from './office-consultations.api';
import type { PlanVersion } from '../consultations-api.views';
import { isUuid } from '../kit/ids';
import { measuresOf, NO_SUCH_PAGE } from './office-consultations.view';

export interface ConsultationData {
  readonly consultation: Consultation;
  readonly plan: PlanVersion;
  readonly comments: readonly OfficerComment[];
  readonly amendments: readonly Amendment[];
}

/** Everything an officer's page about one consultation shows, read in the officer's name. */
export const loadConsultation = async (
  api: PlatformApi,
  page: PageContext,
  consultationId: string,
): Promise<ApiAnswer<ConsultationData>> => {
  if (!isUuid(consultationId)) return NO_SUCH_PAGE;
  const call = { token: page.token };
  const found = await api.get<Consultation>(`/consultations/${consultationId}`, call);
  if (!found.ok) return found;
  const consultation = found.body;
  const [plan, comments, amendments] = await Promise.all([
    api.get<PlanVersion>(
      `/consultations/plans/${consultation.planId}/versions/${consultation.planVersion}`,
      call,
    ),
    api.get<{ comments: OfficerComment[] }>(`/consultations/${consultationId}/comments`, call),
    api.get<{ amendments: Amendment[] }>(`/consultations/${consultationId}/amendments`, call),
  ]);
  if (!plan.ok) return plan;
  if (!comments.ok) return comments;
  if (!amendments.ok) return amendments;
  return {
    ok: true,
    status: 200,
    body: {
      consultation,
      plan: plan.body,
      comments: comments.body.comments,
      amendments: amendments.body.amendments,
    },
  };
};

/** The amendments a response may still cite, each with the measure it changes. */
export const standingAmendments = (data: ConsultationData) =>
  data.amendments
    .filter((amendment) => !amendment.withdrawn)
    .map((amendment) => ({
      amendment,
      measure: measuresOf(data.plan).find((measure) => measure.measureId === amendment.measureId),
    }));
