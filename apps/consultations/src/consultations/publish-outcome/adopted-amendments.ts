import type { AdoptedAmendment } from '../../plans/derive-version/derive-version';
import { standingAmendments, type Amendment, type Consultation } from '../consultation';

const adopted = (amendment: Amendment): AdoptedAmendment => {
  const { amendmentId, measureId, sectionId, content, number } = amendment;
  switch (amendment.kind) {
    case 'add':
      return {
        kind: 'add',
        amendmentId,
        measureId,
        sectionId: sectionId!,
        content: content!,
        ...(number ? { number } : {}),
      };
    case 'change':
      return { kind: 'change', amendmentId, measureId, content: content! };
    case 'remove':
      return { kind: 'remove', amendmentId, measureId };
  }
};

/**
 * What the next plan version is made of: the consultation's amendments still standing, in the order
 * they were proposed. Proposing one already required a section and content where its kind needs
 * them (propose-amendment), so none is missing here.
 */
export const adoptedAmendments = (consultation: Consultation): AdoptedAmendment[] =>
  standingAmendments(consultation).map(adopted);
