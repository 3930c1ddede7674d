import type { ContributorNotice, NoticeText } from './contributor-notice';
import { noticeWordsFor } from './notice-catalogues';

/** A notice as it is written to its contributor: one language, plain text. */
export interface NoticeMessage {
  readonly language: string;
  readonly subject: string;
  readonly text: string;
}

/** A text not in the message's language says which one it is in, so nobody takes it for a mistake. */
const marked = (shown: NoticeText, language: string): string =>
  shown.language === language ? shown.text : `${shown.text} [${shown.language}]`;

const SUBJECT_TITLE_LENGTH = 150;

/** A long title would make a subject line that mail programs cut anyway, and not where it reads well. */
const shortened = (title: string): string => {
  const characters = Array.from(title);
  return characters.length <= SUBJECT_TITLE_LENGTH
    ? title
    : `${characters.slice(0, SUBJECT_TITLE_LENGTH).join('').trimEnd()}…`;
};

/** The notice in the contributor's language where there is a catalogue for it, else in English. */
export const noticeMessage = (notice: ContributorNotice): NoticeMessage => {
  const { language, words } = noticeWordsFor(notice.language);
  const title = notice.consultationTitle.text;
  const about = words.targets[notice.target.kind](notice.target.label ?? '?');
  const lines = [
    words.thanks(title),
    '',
    `${words.yourComment} (${words.about}: ${about}):`,
    `“${notice.excerpt}”`,
    '',
    `${words.status}: ${words.statuses[notice.status]}`,
  ];
  if (notice.reason) lines.push(`${words.reason}: ${marked(notice.reason, language)}`);
  if (notice.respondingUnit) lines.push(`${words.respondingUnit}: ${notice.respondingUnit}`);
  if (notice.amendments.length > 0)
    lines.push(
      `${words.changes}: ${notice.amendments.map((a) => words.amendments[a.kind](a.measureNumber)).join(', ')}`,
    );
  if (notice.noAmendmentNeededBecause)
    lines.push(`${words.noChangeNeeded}: ${marked(notice.noAmendmentNeededBecause, language)}`);
  lines.push('', `${words.readOutcome}: ${notice.outcomeReport}`);
  return { language, subject: words.subject(shortened(title)), text: `${lines.join('\n')}\n` };
};
