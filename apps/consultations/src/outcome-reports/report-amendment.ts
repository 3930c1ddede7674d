import type { OutcomeReport } from '../outcome-report/outcome-report';

/** A moderator's hiding of a comment, as the log recorded it. */
export interface Hiding {
  readonly commentId: string;
  /** When the hiding was recorded, in ISO 8601 UTC. */
  readonly hiddenAt: string;
}

/** A comment hidden once the outcome was out: the report stops republishing its text from then on. */
export interface HiddenAfterPublication {
  readonly commentId: string;
  readonly number: number;
  readonly hiddenAt: string;
}

/**
 * How a published report differs from what was published. Hiding stays possible after the outcome
 * (unlawful content reported late must still come down), so the report is rebuilt without the text;
 * it says so itself, since a reader holding the first copy must see that it changed, when and why.
 * It keeps citing the checkpoint of its publication: the outcome was decided on what that covers.
 */
export interface ReportAmendment {
  /** The latest change, so the same hidings always give the same report. */
  readonly amendedAt: string;
  /** In the order they were hidden. */
  readonly hiddenAfterPublication: readonly HiddenAfterPublication[];
}

/**
 * The amendment `hidings` made to `report`, which was built with them; null when none changed what it
 * shows (a withdrawn comment hidden later was never listed).
 */
export const amendmentOf = (report: OutcomeReport, hidings: readonly Hiding[]): ReportAmendment | null => {
  const numbers = new Map(
    report.hiddenComments.map((comment) => [comment.commentId, comment.number] as const),
  );
  const hidden = hidings
    .filter((hiding) => numbers.has(hiding.commentId))
    .map(({ commentId, hiddenAt }) => ({ commentId, number: numbers.get(commentId)!, hiddenAt }))
    .sort((a, b) => (a.hiddenAt < b.hiddenAt ? -1 : a.hiddenAt > b.hiddenAt ? 1 : a.number - b.number));
  const last = hidden.at(-1);
  return last ? { amendedAt: last.hiddenAt, hiddenAfterPublication: hidden } : null;
};
