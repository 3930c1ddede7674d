import type { Channel, ContributorType } from '../comments/comment.events';
import type { MeasureField } from '../plan-diff/plan-diff';
import type { ChangedMeasure, ReportedStatus, ReportedTarget } from './outcome-report';

/** The words of the report page around the content, one catalogue per language. */
export interface OutcomeLabels {
  readonly outcomeOf: string;
  readonly plan: string;
  readonly consultedVersion: string;
  readonly nextVersion: string;
  readonly period: string;
  readonly published: string;
  readonly checkpoint: string;
  readonly position: string;
  readonly treeSize: string;
  readonly rootHash: string;
  readonly statistics: string;
  readonly totals: string;
  readonly submitted: string;
  readonly withdrawn: string;
  readonly hidden: string;
  readonly listed: string;
  readonly duplicates: string;
  readonly byStatus: string;
  readonly byContributorType: string;
  readonly byChannel: string;
  readonly status: string;
  readonly count: string;
  readonly total: string;
  readonly contributorType: string;
  readonly channel: string;
  readonly comments: string;
  readonly commentsCaption: string;
  readonly number: string;
  readonly about: string;
  readonly contributor: string;
  readonly comment: string;
  readonly reason: string;
  readonly respondingUnit: string;
  readonly amendments: string;
  readonly received: string;
  readonly named: string;
  readonly anonymous: string;
  readonly duplicateOf: string;
  readonly noAmendmentNeeded: string;
  readonly changedMeasures: string;
  readonly beforeAndAfter: string;
  readonly field: string;
  readonly before: string;
  readonly after: string;
  readonly commentsBehind: string;
  readonly hiddenComments: string;
  readonly hiddenCaption: string;
  readonly unanswered: string;
  readonly none: string;
  readonly original: string;
  readonly translation: string;
  readonly measure: string;
  readonly targets: Readonly<Record<ReportedTarget['kind'], string>>;
  readonly statuses: Readonly<Record<ReportedStatus | 'hidden', string>>;
  readonly contributorTypes: Readonly<Record<ContributorType, string>>;
  readonly channels: Readonly<Record<Channel, string>>;
  readonly changes: Readonly<Record<ChangedMeasure['kind'], string>>;
  readonly amendmentKinds: Readonly<Record<'add' | 'change' | 'remove', string>>;
  readonly origins: Readonly<Record<'comments' | 'elsewhere', string>>;
  readonly fields: Readonly<Record<MeasureField, string>>;
}

const en: OutcomeLabels = {
  outcomeOf: 'Outcome of the consultation',
  plan: 'Plan',
  consultedVersion: 'Version consulted on',
  nextVersion: 'Version adopted',
  period: 'Consultation period',
  published: 'Published',
  checkpoint: 'Notary checkpoint',
  position: 'Position',
  treeSize: 'Tree size',
  rootHash: 'Root hash',
  statistics: 'Statistics',
  totals: 'Comments received',
  submitted: 'Received',
  withdrawn: 'Withdrawn by their contributors',
  hidden: 'Hidden by moderators',
  listed: 'Published with their status',
  duplicates: 'Marked as duplicates',
  byStatus: 'Comments by status',
  byContributorType: 'Comments by contributor type',
  byChannel: 'Comments by channel',
  status: 'Status',
  count: 'Comments',
  total: 'Total',
  contributorType: 'Contributor type',
  channel: 'Channel',
  comments: 'Comments and responses',
  commentsCaption: 'Every comment and the city’s response',
  number: 'No.',
  about: 'About',
  contributor: 'Contributor',
  comment: 'Comment',
  reason: 'Reason',
  respondingUnit: 'Responding unit',
  amendments: 'Amendments',
  received: 'Received',
  named: 'named',
  anonymous: 'anonymous',
  duplicateOf: 'Duplicate of comment',
  noAmendmentNeeded: 'No amendment needed because',
  changedMeasures: 'Changed measures',
  beforeAndAfter: 'before and after',
  field: 'Field',
  before: 'Before',
  after: 'After',
  commentsBehind: 'Comments behind it',
  hiddenComments: 'Hidden comments',
  hiddenCaption: 'Hidden comments and the public reason for hiding them',
  unanswered: 'Comments published without a response',
  none: 'None.',
  original: 'original',
  translation: 'translation',
  measure: 'Measure',
  targets: { plan: 'The whole plan', section: 'Section', measure: 'Measure', passage: 'Passage of measure' },
  statuses: {
    accepted: 'Accepted',
    'partially-accepted': 'Partially accepted',
    'not-accepted': 'Not accepted',
    noted: 'Noted',
    unanswered: 'Unanswered',
    hidden: 'Hidden',
  },
  contributorTypes: {
    individual: 'Individual',
    ngo: 'NGO',
    'public-institution': 'Public institution',
    'migrant-organisation': 'Migrant organisation',
    business: 'Business',
    other: 'Other',
  },
  channels: { online: 'Online', email: 'E-mail', paper: 'On paper', meeting: 'At a meeting' },
  changes: { added: 'added', removed: 'removed', changed: 'changed' },
  amendmentKinds: { add: 'added', change: 'changed', remove: 'removed' },
  origins: { comments: 'following comments', elsewhere: 'from elsewhere' },
  fields: {
    title: 'Title',
    text: 'Text',
    department: 'Responsible department',
    budget: 'Budget',
    targetGroups: 'Target groups',
    indicators: 'Indicators',
  },
};

/** Croatian, in the terms of e-Savjetovanja's outcome reports, which residents of Croatian cities know. */
const hr: OutcomeLabels = {
  outcomeOf: 'Izvješće o savjetovanju',
  plan: 'Plan',
  consultedVersion: 'Verzija na savjetovanju',
  nextVersion: 'Usvojena verzija',
  period: 'Razdoblje savjetovanja',
  published: 'Objavljeno',
  checkpoint: 'Ovjerena kontrolna točka',
  position: 'Položaj',
  treeSize: 'Veličina stabla',
  rootHash: 'Korijenski sažetak',
  statistics: 'Statistika',
  totals: 'Zaprimljeni komentari',
  submitted: 'Zaprimljeno',
  withdrawn: 'Povukli sudionici',
  hidden: 'Sakrili moderatori',
  listed: 'Objavljeno sa statusom',
  duplicates: 'Označeno kao duplikat',
  byStatus: 'Komentari prema statusu',
  byContributorType: 'Komentari prema vrsti sudionika',
  byChannel: 'Komentari prema načinu dostave',
  status: 'Status',
  count: 'Komentari',
  total: 'Ukupno',
  contributorType: 'Vrsta sudionika',
  channel: 'Način dostave',
  comments: 'Komentari i odgovori',
  commentsCaption: 'Svaki komentar i odgovor Grada',
  number: 'Br.',
  about: 'Odnosi se na',
  contributor: 'Sudionik',
  comment: 'Komentar',
  reason: 'Obrazloženje',
  respondingUnit: 'Nadležna jedinica',
  amendments: 'Izmjene',
  received: 'Zaprimljeno',
  named: 'pod imenom',
  anonymous: 'anonimno',
  duplicateOf: 'Duplikat komentara',
  noAmendmentNeeded: 'Izmjena nije potrebna jer',
  changedMeasures: 'Izmijenjene mjere',
  beforeAndAfter: 'prije i poslije',
  field: 'Polje',
  before: 'Prije',
  after: 'Poslije',
  commentsBehind: 'Komentari na kojima se temelji',
  hiddenComments: 'Skriveni komentari',
  hiddenCaption: 'Skriveni komentari i javno obrazloženje',
  unanswered: 'Komentari objavljeni bez odgovora',
  none: 'Nema.',
  original: 'izvornik',
  translation: 'prijevod',
  measure: 'Mjera',
  targets: { plan: 'Cijeli plan', section: 'Poglavlje', measure: 'Mjera', passage: 'Odlomak mjere' },
  statuses: {
    accepted: 'Prihvaćen',
    'partially-accepted': 'Djelomično prihvaćen',
    'not-accepted': 'Nije prihvaćen',
    noted: 'Primljeno na znanje',
    unanswered: 'Bez odgovora',
    hidden: 'Skriven',
  },
  contributorTypes: {
    individual: 'Pojedinac',
    ngo: 'Udruga',
    'public-institution': 'Javna ustanova',
    'migrant-organisation': 'Organizacija migranata',
    business: 'Poslovni subjekt',
    other: 'Ostalo',
  },
  channels: { online: 'Mrežno', email: 'E-poštom', paper: 'Pisanim putem', meeting: 'Na sastanku' },
  changes: { added: 'dodana', removed: 'uklonjena', changed: 'izmijenjena' },
  amendmentKinds: { add: 'dodana', change: 'izmijenjena', remove: 'uklonjena' },
  origins: { comments: 'na temelju komentara', elsewhere: 'iz drugog izvora' },
  fields: {
    title: 'Naziv',
    text: 'Tekst',
    department: 'Nadležni odjel',
    budget: 'Proračun',
    targetGroups: 'Ciljne skupine',
    indicators: 'Pokazatelji',
  },
};

const CATALOGUES: Readonly<Record<string, OutcomeLabels>> = { en, hr };

/**
 * The catalogue for a reader's language, by its primary subtag, else English. The language it is in
 * comes along, so a page in a language without a catalogue marks its English words as English.
 */
export const labelsFor = (
  language: string,
): { readonly language: string; readonly labels: OutcomeLabels } => {
  const primary = language.split('-')[0]!.toLowerCase();
  return Object.hasOwn(CATALOGUES, primary)
    ? { language: primary, labels: CATALOGUES[primary]! }
    : { language: 'en', labels: en };
};
