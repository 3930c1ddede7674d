/**
 * What the INTEGRA walk sends to the platform, kept on the test's side: the comments as written,
 * what became of each (withdrawn, hidden, duplicate, answered), and the amendments. The outcome
 * report is checked against what this ledger says it must show, never against the platform's own code.
 */

export interface LocalizedText {
  readonly original: string;
  readonly texts: Readonly<Record<string, string>>;
}

export interface MeasureContent {
  readonly title: string;
  readonly text: string;
  readonly department: string | null;
  readonly budget: { readonly amount: string; readonly currency: string } | null;
  readonly targetGroups: readonly string[];
  readonly indicators: readonly string[];
}

export interface PlanMeasure extends MeasureContent {
  readonly measureId: string;
  readonly number: string;
}

export interface PlanSection {
  readonly sectionId: string;
  readonly heading: string;
  readonly measures: readonly PlanMeasure[];
}

/** A published version as GET /consultations/plans/:planId/versions/:version shows it. */
export interface PlanVersionBody {
  readonly planId: string;
  readonly version: number;
  readonly title: string;
  readonly language: string;
  readonly sections: readonly PlanSection[];
  readonly derivedFrom: { readonly version: number; readonly consultationId: string } | null;
}

export type CommentTarget =
  | { readonly kind: 'plan' }
  | { readonly kind: 'section'; readonly sectionId: string }
  | { readonly kind: 'measure'; readonly measureId: string }
  | {
      readonly kind: 'passage';
      readonly measureId: string;
      readonly start: number;
      readonly end: number;
      readonly quote: string;
    };

export const CONTRIBUTOR_TYPES = [
  'individual',
  'ngo',
  'public-institution',
  'migrant-organisation',
  'business',
  'other',
] as const;
export type ContributorType = (typeof CONTRIBUTOR_TYPES)[number];
export const CHANNELS = ['online', 'email', 'paper', 'meeting'] as const;
export type Channel = (typeof CHANNELS)[number];
export const STATUSES = ['accepted', 'partially-accepted', 'not-accepted', 'noted'] as const;
export type Status = (typeof STATUSES)[number];

/** A comment's body as sent, online or (with channel and receivedAt) by an officer. */
export interface CommentBody {
  readonly target: CommentTarget;
  readonly text: string;
  readonly language: string;
  readonly contributorType: ContributorType;
  readonly organisationName?: string;
  readonly publishedAs?: 'anonymous' | 'named';
  readonly channel?: Exclude<Channel, 'online'>;
  readonly receivedAt?: string;
  readonly actsForOrganisation?: boolean;
}

export interface SentResponse {
  readonly status: Status;
  readonly reason?: LocalizedText;
  readonly respondingUnit: string;
  readonly amendmentIds?: readonly string[];
  readonly noAmendmentNeededBecause?: LocalizedText;
}

export interface SentComment {
  readonly commentId: string;
  readonly receivedAt: string;
  readonly body: CommentBody;
  /** The resident who wrote it online; offline comments have none. */
  readonly author?: string;
  withdrawn: boolean;
  hidden?: LocalizedText;
  duplicateOf?: string;
  response?: SentResponse;
}

export interface SentAmendment {
  readonly amendmentId: string;
  readonly kind: 'add' | 'change' | 'remove';
  readonly measureId: string;
  readonly origin: 'comments' | 'elsewhere';
  readonly motivatedBy: readonly string[];
  readonly originExplanation: LocalizedText | null;
  readonly content: MeasureContent | null;
  withdrawn: boolean;
}

export const en = (text: string): LocalizedText => ({ original: 'en', texts: { en: text } });

const TEXTS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'Please offer this in the evenings too, for people who work during the day',
    'Interpreters are needed at every service desk of the city',
    'Migrant organisations should sit on the group that steers this',
    'The budget is too small for a city of our size',
    'Publish the progress every year in plain language',
  ],
  ar: ['نحتاج إلى مترجمين في كل مكتب خدمات', 'يجب نشر التقدم كل عام بلغة بسيطة', 'نريد دروس لغة في المساء'],
  hr: [
    'Potrebni su tumači na svim šalterima',
    'Proračun je premalen za grad naše veličine',
    'Uključite udruge',
  ],
  uk: ['Потрібні перекладачі в кожному офісі', 'Будь ласка, публікуйте звіти щороку', 'Більше курсів мови'],
  fa: ['لطفاً کلاس‌های زبان را در عصرها هم برگزار کنید', 'مترجم در همه دفاتر لازم است'],
};
const LANGUAGES = Object.keys(TEXTS);
const ORGANISATIONS: Readonly<Record<Exclude<ContributorType, 'individual'>, string>> = {
  ngo: 'Centre for Peace Studies',
  'public-institution': 'Office of the Ombudswoman',
  'migrant-organisation': 'Syrian Community Association',
  business: 'Chamber of Trades',
  other: 'Parish Volunteers',
};

const measuresOf = (plan: PlanVersionBody): PlanMeasure[] => plan.sections.flatMap((s) => s.measures);

/** A passage of a measure's text that ends before the text does, as a resident would select it. */
export const passageOf = (measure: PlanMeasure, seed: number): CommentTarget => {
  // From the start of a word, as a selection usually begins.
  const start = measure.text.indexOf(' ', (seed * 7) % Math.max(1, measure.text.length - 40)) + 1;
  const end = Math.min(measure.text.length, start + 24 + (seed % 11));
  return { kind: 'passage', measureId: measure.measureId, start, end, quote: measure.text.slice(start, end) };
};

/**
 * The n-th of the everyday comments: every contributor type, target kind and language in turn, some
 * published as named; its text ends with its number, so each can be found in the report.
 */
export const everydayComment = (plan: PlanVersionBody, n: number): CommentBody => {
  const measures = measuresOf(plan);
  const sections = plan.sections.filter((section) => section.measures.length > 0);
  const contributorType = CONTRIBUTOR_TYPES[n % CONTRIBUTOR_TYPES.length]!;
  const language = LANGUAGES[n % LANGUAGES.length]!;
  const texts = TEXTS[language]!;
  const measure = measures[(n * 5) % measures.length]!;
  const targets: CommentTarget[] = [
    { kind: 'plan' },
    { kind: 'section', sectionId: sections[n % sections.length]!.sectionId },
    { kind: 'measure', measureId: measure.measureId },
    passageOf(measure, n),
  ];
  return {
    target: targets[Math.floor(n / 2) % targets.length]!,
    text: `${texts[n % texts.length]} (${n + 1})`,
    language,
    contributorType,
    ...(contributorType === 'individual' ? {} : { organisationName: ORGANISATIONS[contributorType] }),
    ...(n % 3 === 0 ? { publishedAs: 'named' as const } : n % 3 === 1 ? { publishedAs: 'anonymous' } : {}),
  };
};

const shownIn = (language: string, localized: LocalizedText) =>
  Object.hasOwn(localized.texts, language)
    ? { text: localized.texts[language]!, language, original: language === localized.original }
    : { text: localized.texts[localized.original]!, language: localized.original, original: true };

const placedIn = (plan: PlanVersionBody, measureId: string) => {
  for (const section of plan.sections)
    for (const measure of section.measures) if (measure.measureId === measureId) return { section, measure };
  return undefined;
};

const targetIn = (plan: PlanVersionBody, target: CommentTarget) => {
  if (target.kind === 'plan') return { kind: 'plan', section: null, measure: null, passage: null };
  if (target.kind === 'section') {
    const section = plan.sections.find((s) => s.sectionId === target.sectionId)!;
    return {
      kind: 'section',
      section: { sectionId: section.sectionId, heading: section.heading },
      measure: null,
      passage: null,
    };
  }
  const { section, measure } = placedIn(plan, target.measureId)!;
  return {
    kind: target.kind,
    section: { sectionId: section.sectionId, heading: section.heading },
    measure: { measureId: measure.measureId, number: measure.number, title: measure.title },
    passage: target.kind === 'passage' ? { start: target.start, end: target.end, quote: target.quote } : null,
  };
};

/** Everything the walk sent, and the report it therefore expects. */
export class ConsultationLedger {
  readonly comments = new Map<string, SentComment>();
  readonly amendments: SentAmendment[] = [];

  record(comment: SentComment): SentComment {
    this.comments.set(comment.commentId, comment);
    return comment;
  }

  get(commentId: string): SentComment {
    const comment = this.comments.get(commentId);
    if (!comment) throw new Error(`the walk sent no comment ${commentId}`);
    return comment;
  }

  /** Comments in the order the city received them, as the report numbers them. */
  inOrder(): SentComment[] {
    return [...this.comments.values()].sort(
      (a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt) || (a.commentId < b.commentId ? -1 : 1),
    );
  }

  /** Comments still standing and answering for themselves: the ones owed a response. */
  owedAnAnswer(): SentComment[] {
    return this.inOrder().filter((c) => !c.withdrawn && !c.hidden && c.duplicateOf === undefined);
  }

  private numbers(): Map<string, number> {
    return new Map(
      this.inOrder()
        .filter((c) => !c.withdrawn)
        .map((c, at) => [c.commentId, at + 1] as const),
    );
  }

  private amendmentReferences(comment: SentComment, consulted: PlanVersionBody, next: PlanVersionBody) {
    const answering = comment.duplicateOf === undefined ? comment : this.get(comment.duplicateOf);
    const cited = new Set(answering.response?.amendmentIds ?? []);
    return this.amendments
      .filter((a) => !a.withdrawn && (cited.has(a.amendmentId) || a.motivatedBy.includes(comment.commentId)))
      .map((a) => {
        const { measure } = placedIn(next, a.measureId) ?? placedIn(consulted, a.measureId)!;
        return {
          amendmentId: a.amendmentId,
          kind: a.kind,
          measureNumber: measure.number,
          measureTitle: measure.title,
        };
      });
  }

  /** Each listed comment exactly as the report in `language` must show it, in report order. */
  expectedComments(language: string, consulted: PlanVersionBody, next: PlanVersionBody) {
    const numbers = this.numbers();
    return this.inOrder()
      .filter((c) => !c.withdrawn && !c.hidden)
      .map((comment) => {
        const { body } = comment;
        const answering = comment.duplicateOf === undefined ? comment : this.get(comment.duplicateOf);
        const response = answering.response;
        const named = body.publishedAs === 'named';
        return {
          number: numbers.get(comment.commentId)!,
          commentId: comment.commentId,
          receivedAt: comment.receivedAt,
          target: targetIn(consulted, body.target),
          contributorType: body.contributorType,
          publishedAs: named ? 'named' : 'anonymous',
          organisationName: named ? (body.organisationName ?? null) : null,
          channel: body.channel ?? 'online',
          language: body.language,
          text: body.text,
          duplicateOf:
            comment.duplicateOf === undefined
              ? null
              : { commentId: comment.duplicateOf, number: numbers.get(comment.duplicateOf)! },
          status: response?.status ?? 'unanswered',
          reason: response?.reason ? shownIn(language, response.reason) : null,
          noAmendmentNeededBecause: response?.noAmendmentNeededBecause
            ? shownIn(language, response.noAmendmentNeededBecause)
            : null,
          respondingUnit: response?.respondingUnit ?? null,
          amendments: this.amendmentReferences(comment, consulted, next),
        };
      });
  }

  expectedHidden(language: string) {
    const numbers = this.numbers();
    return this.inOrder()
      .filter((c) => !c.withdrawn && c.hidden)
      .map((c) => ({
        number: numbers.get(c.commentId)!,
        commentId: c.commentId,
        receivedAt: c.receivedAt,
        contributorType: c.body.contributorType,
        channel: c.body.channel ?? 'online',
        reason: shownIn(language, c.hidden!),
      }));
  }

  /** The figures, counted from what was sent, every type and channel present even at zero. */
  expectedStatistics(listed: readonly { status: string; contributorType: string; channel: string }[]) {
    const zero = () => ({
      total: 0,
      accepted: 0,
      'partially-accepted': 0,
      'not-accepted': 0,
      noted: 0,
      unanswered: 0,
    });
    const byStatus: Record<string, number> = zero();
    const byContributorType = Object.fromEntries(CONTRIBUTOR_TYPES.map((t) => [t, zero()])) as Record<
      string,
      Record<string, number>
    >;
    const byChannel = Object.fromEntries(CHANNELS.map((c) => [c, zero()])) as Record<
      string,
      Record<string, number>
    >;
    for (const { status, contributorType, channel } of listed)
      for (const counts of [byStatus, byContributorType[contributorType]!, byChannel[channel]!]) {
        counts.total!++;
        counts[status]!++;
      }
    const all = [...this.comments.values()];
    return {
      submitted: all.length,
      withdrawn: all.filter((c) => c.withdrawn).length,
      hidden: all.filter((c) => !c.withdrawn && c.hidden).length,
      listed: listed.length,
      duplicates: all.filter((c) => !c.withdrawn && !c.hidden && c.duplicateOf !== undefined).length,
      byStatus,
      byContributorType,
      byChannel,
    };
  }
}

/** RFC 4180, as the report writes it: a byte-order mark, CRLF line ends, quoted cells with doubled quotes. */
export const parseCsv = (csv: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  // A cell is quoted whole or not at all: the pattern takes one cell and what ends it.
  for (const [, quoted, plain, end] of csv
    .replace(/^\uFEFF/, '')
    .matchAll(/(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r\n|$)/g)) {
    const cell = quoted === undefined ? plain! : quoted.replaceAll('""', '"');
    row.push(cell);
    if (end !== ',') {
      if (row.length > 1 || cell !== '') rows.push(row);
      row = [];
    }
    if (end === '') break;
  }
  return rows;
};

/** As the HTML page writes text from the log. */
export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Runs `each` over `items`, `width` at a time, as a crowd of residents would arrive. */
export const inTurns = async <T, R>(
  items: readonly T[],
  width: number,
  each: (item: T, index: number) => Promise<R>,
): Promise<R[]> => {
  const results: R[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let at = next++; at < items.length; at = next++) results[at] = await each(items[at]!, at);
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
};
