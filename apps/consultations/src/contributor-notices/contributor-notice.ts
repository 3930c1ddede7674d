import { answeredThrough, type Comment, type CommentsOfConsultation } from '../comments/comment';
import type { CommentTarget, ResponseStatus } from '../comments/comment.events';
import type { LocalizedText } from '../consultations/localized-text';

/** What became of a comment, as its contributor is told: a hidden comment is told so, with the reason. */
export type NoticeStatus = ResponseStatus | 'unanswered' | 'hidden';

/** A text in the contributor's language where it has a translation, else in its original, marked. */
export interface NoticeText {
  readonly text: string;
  readonly language: string;
  readonly original: boolean;
}

/** What the comment was about, with the section's heading or the measure's number to recognise it. */
export interface NoticedTarget {
  readonly kind: CommentTarget['kind'];
  /** The section's heading or the measure's number; null for the whole plan or one not found. */
  readonly label: string | null;
}

export interface NoticedAmendment {
  readonly amendmentId: string;
  readonly kind: 'add' | 'change' | 'remove';
  readonly measureNumber: string;
}

/** One contributor's notice about one of their comments. */
export interface ContributorNotice {
  readonly commentId: string;
  readonly consultationId: string;
  readonly participantId: string;
  /** The comment's language, which is the contributor's. */
  readonly language: string;
  readonly consultationTitle: NoticeText;
  readonly excerpt: string;
  readonly target: NoticedTarget;
  readonly status: NoticeStatus;
  readonly reason: NoticeText | null;
  readonly noAmendmentNeededBecause: NoticeText | null;
  readonly respondingUnit: string | null;
  readonly amendments: readonly NoticedAmendment[];
  /** Where the outcome report is read, relative to the platform's address. */
  readonly outcomeReport: string;
  readonly publishedAt: string;
}

/** An amendment still standing when the outcome was published. */
export interface StandingAmendment {
  readonly amendmentId: string;
  readonly kind: 'add' | 'change' | 'remove';
  readonly measureId: string;
  /** Set for an added measure; the others keep the number they have in the plan. */
  readonly number: string | null;
  readonly motivatedBy: readonly string[];
}

export interface PublishedOutcome {
  readonly consultationId: string;
  readonly title: LocalizedText;
  readonly publishedAt: string;
  readonly comments: CommentsOfConsultation;
  /** In the order they were proposed. */
  readonly amendments: readonly StandingAmendment[];
  /** A section's heading or a measure's number, by its id. */
  readonly labelOf: (elementId: string) => string | undefined;
}

const EXCERPT_LENGTH = 200;

/** The start of a comment, cut between words and never inside a character made of two code units. */
export const excerptOf = (text: string): string => {
  const characters = Array.from(text.trim());
  if (characters.length <= EXCERPT_LENGTH) return characters.join('');
  const cut = characters.slice(0, EXCERPT_LENGTH).join('');
  const lastSpace = cut.search(/\s\S*$/u);
  return `${(lastSpace > EXCERPT_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
};

/** `localized` in `language`, or in its primary language (`fr` for `fr-CA`), else in the original. */
export const textIn = (language: string, localized: LocalizedText): NoticeText => {
  const primary = language.split('-')[0]!.toLowerCase();
  const found = [language, primary].find((tag) => Object.hasOwn(localized.texts, tag));
  const shown = found ?? localized.original;
  return { text: localized.texts[shown]!, language: shown, original: shown === localized.original };
};

const targetOf = (target: CommentTarget, labelOf: PublishedOutcome['labelOf']): NoticedTarget => {
  switch (target.kind) {
    case 'plan':
      return { kind: 'plan', label: null };
    case 'section':
      return { kind: 'section', label: labelOf(target.sectionId) ?? null };
    case 'measure':
    case 'passage':
      return { kind: target.kind, label: labelOf(target.measureId) ?? null };
  }
};

/** The standing amendments a comment led to: those its answer cites and those that cite it. */
const amendmentsOf = (
  outcome: PublishedOutcome,
  commentId: string,
  cited: readonly string[],
): NoticedAmendment[] =>
  outcome.amendments
    .filter((a) => cited.includes(a.amendmentId) || a.motivatedBy.includes(commentId))
    .map((a) => ({
      amendmentId: a.amendmentId,
      kind: a.kind,
      measureNumber: a.number ?? outcome.labelOf(a.measureId) ?? '',
    }));

const noticeOf = (
  outcome: PublishedOutcome,
  commentId: string,
  comment: Comment,
  participantId: string,
): ContributorNotice => {
  const submission = comment.submission!;
  const language = submission.language;
  const shown = (text: LocalizedText | null | undefined) => (text ? textIn(language, text) : null);
  const response = comment.hidden
    ? undefined
    : outcome.comments.get(answeredThrough(commentId, outcome.comments))?.response;
  return {
    commentId,
    consultationId: outcome.consultationId,
    participantId,
    language,
    consultationTitle: textIn(language, outcome.title),
    excerpt: excerptOf(submission.text),
    target: targetOf(submission.target, outcome.labelOf),
    status: comment.hidden ? 'hidden' : (response?.status ?? 'unanswered'),
    reason: shown(comment.hidden ? comment.hidden.reason : response?.reason),
    noAmendmentNeededBecause: shown(response?.noAmendmentNeededBecause),
    respondingUnit: response?.respondingUnit ?? null,
    amendments: response ? amendmentsOf(outcome, commentId, response.amendmentIds) : [],
    outcomeReport: `/consultations/${outcome.consultationId}/outcome`,
    publishedAt: outcome.publishedAt,
  };
};

/**
 * The notices an outcome owes (issue #5, item 6): one per comment of a contributor who can be
 * reached, that is who commented with an account. A comment its contributor withdrew is owed none; a
 * duplicate is told its original's answer, as the report gives it.
 */
export const noticesOfOutcome = (outcome: PublishedOutcome): ContributorNotice[] =>
  [...outcome.comments].flatMap(([commentId, comment]) => {
    const participantId = comment.submission?.contributorId;
    if (!participantId || comment.withdrawn) return [];
    if (comment.submission!.consultationId !== outcome.consultationId) return [];
    return [noticeOf(outcome, commentId, comment, participantId)];
  });
