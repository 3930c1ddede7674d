import type { NoticedAmendment, NoticedTarget, NoticeStatus } from './contributor-notice';

/** The words of a notice in one language: short and plain, for readers still learning it. */
export interface NoticeWords {
  readonly subject: (title: string) => string;
  readonly thanks: (title: string) => string;
  readonly yourComment: string;
  readonly about: string;
  readonly status: string;
  readonly reason: string;
  readonly respondingUnit: string;
  readonly changes: string;
  readonly noChangeNeeded: string;
  readonly readOutcome: string;
  readonly targets: { readonly [Kind in NoticedTarget['kind']]: (label: string) => string };
  readonly statuses: Readonly<Record<NoticeStatus, string>>;
  readonly amendments: { readonly [Kind in NoticedAmendment['kind']]: (number: string) => string };
}

const en: NoticeWords = {
  subject: (title) => `What happened to your comment: ${title}`,
  thanks: (title) =>
    `Thank you for your comment in the consultation “${title}”. The city has published the outcome.`,
  yourComment: 'Your comment',
  about: 'About',
  status: 'Status',
  reason: 'Reason',
  respondingUnit: 'Answered by',
  changes: 'Changes it led to',
  noChangeNeeded: 'No change was needed because',
  readOutcome: 'Read the full outcome',
  targets: {
    plan: () => 'the whole plan',
    section: (heading) => `section “${heading}”`,
    measure: (number) => `measure ${number}`,
    passage: (number) => `a passage of measure ${number}`,
  },
  statuses: {
    accepted: 'Accepted',
    'partially-accepted': 'Partly accepted',
    'not-accepted': 'Not accepted',
    noted: 'Noted',
    unanswered: 'No answer was given',
    hidden: 'Hidden by a moderator',
  },
  amendments: {
    add: (number) => `new measure ${number}`,
    change: (number) => `measure ${number} changed`,
    remove: (number) => `measure ${number} removed`,
  },
};

const fr: NoticeWords = {
  subject: (title) => `Ce qu’il est advenu de votre commentaire : ${title}`,
  thanks: (title) =>
    `Merci pour votre commentaire dans la consultation « ${title} ». La ville a publié le résultat.`,
  yourComment: 'Votre commentaire',
  about: 'Sujet',
  status: 'Statut',
  reason: 'Motif',
  respondingUnit: 'Réponse de',
  changes: 'Changements apportés',
  noChangeNeeded: 'Aucun changement n’était nécessaire, car',
  readOutcome: 'Lire le résultat complet',
  targets: {
    plan: () => 'tout le plan',
    section: (heading) => `la section « ${heading} »`,
    measure: (number) => `la mesure ${number}`,
    passage: (number) => `un passage de la mesure ${number}`,
  },
  statuses: {
    accepted: 'Accepté',
    'partially-accepted': 'Accepté en partie',
    'not-accepted': 'Non accepté',
    noted: 'Pris en note',
    unanswered: 'Aucune réponse n’a été donnée',
    hidden: 'Masqué par un modérateur',
  },
  amendments: {
    add: (number) => `nouvelle mesure ${number}`,
    change: (number) => `mesure ${number} modifiée`,
    remove: (number) => `mesure ${number} supprimée`,
  },
};

const ar: NoticeWords = {
  subject: (title) => `ماذا حدث لتعليقك: ${title}`,
  thanks: (title) => `شكرًا على تعليقك في الاستشارة «${title}». نشرت المدينة النتيجة.`,
  yourComment: 'تعليقك',
  about: 'الموضوع',
  status: 'الحالة',
  reason: 'السبب',
  respondingUnit: 'الجهة التي ردّت',
  changes: 'التغييرات التي أدى إليها',
  noChangeNeeded: 'لم يلزم أي تغيير لأن',
  readOutcome: 'اقرأ النتيجة كاملة',
  targets: {
    plan: () => 'الخطة كلها',
    section: (heading) => `القسم «${heading}»`,
    measure: (number) => `الإجراء ${number}`,
    passage: (number) => `مقطع من الإجراء ${number}`,
  },
  statuses: {
    accepted: 'مقبول',
    'partially-accepted': 'مقبول جزئيًا',
    'not-accepted': 'غير مقبول',
    noted: 'تم الاطلاع عليه',
    unanswered: 'لم يُقدَّم أي رد',
    hidden: 'أخفاه مشرف',
  },
  amendments: {
    add: (number) => `إجراء جديد ${number}`,
    change: (number) => `تعديل الإجراء ${number}`,
    remove: (number) => `حذف الإجراء ${number}`,
  },
};

const fa: NoticeWords = {
  subject: (title) => `نتیجهٔ نظر شما: ${title}`,
  thanks: (title) => `از نظر شما در رایزنی «${title}» سپاسگزاریم. شهر نتیجه را منتشر کرده است.`,
  yourComment: 'نظر شما',
  about: 'دربارهٔ',
  status: 'وضعیت',
  reason: 'دلیل',
  respondingUnit: 'پاسخ‌دهنده',
  changes: 'تغییرهایی که در پی داشت',
  noChangeNeeded: 'تغییری لازم نبود، چون',
  readOutcome: 'نتیجهٔ کامل را بخوانید',
  targets: {
    plan: () => 'کل برنامه',
    section: (heading) => `بخش «${heading}»`,
    measure: (number) => `اقدام ${number}`,
    passage: (number) => `بخشی از متن اقدام ${number}`,
  },
  statuses: {
    accepted: 'پذیرفته شد',
    'partially-accepted': 'بخشی از آن پذیرفته شد',
    'not-accepted': 'پذیرفته نشد',
    noted: 'دیده و ثبت شد',
    unanswered: 'پاسخی داده نشد',
    hidden: 'ناظر آن را پنهان کرد',
  },
  amendments: {
    add: (number) => `اقدام تازهٔ ${number}`,
    change: (number) => `اقدام ${number} تغییر کرد`,
    remove: (number) => `اقدام ${number} حذف شد`,
  },
};

const uk: NoticeWords = {
  subject: (title) => `Що сталося з вашим коментарем: ${title}`,
  thanks: (title) => `Дякуємо за ваш коментар у консультації «${title}». Місто опублікувало результат.`,
  yourComment: 'Ваш коментар',
  about: 'Стосується',
  status: 'Статус',
  reason: 'Причина',
  respondingUnit: 'Відповідь надав',
  changes: 'Зміни, до яких він привів',
  noChangeNeeded: 'Зміни не були потрібні, бо',
  readOutcome: 'Прочитайте весь результат',
  targets: {
    plan: () => 'увесь план',
    section: (heading) => `розділ «${heading}»`,
    measure: (number) => `захід ${number}`,
    passage: (number) => `уривок заходу ${number}`,
  },
  statuses: {
    accepted: 'Прийнято',
    'partially-accepted': 'Частково прийнято',
    'not-accepted': 'Не прийнято',
    noted: 'Взято до відома',
    unanswered: 'Відповіді не надано',
    hidden: 'Приховано модератором',
  },
  amendments: {
    add: (number) => `новий захід ${number}`,
    change: (number) => `змінено захід ${number}`,
    remove: (number) => `вилучено захід ${number}`,
  },
};

const hr: NoticeWords = {
  subject: (title) => `Što je bilo s vašim komentarom: ${title}`,
  thanks: (title) => `Hvala na vašem komentaru u savjetovanju „${title}”. Grad je objavio ishod.`,
  yourComment: 'Vaš komentar',
  about: 'Odnosi se na',
  status: 'Status',
  reason: 'Obrazloženje',
  respondingUnit: 'Odgovorio je',
  changes: 'Izmjene koje je potaknuo',
  noChangeNeeded: 'Izmjena nije bila potrebna jer',
  readOutcome: 'Pročitajte cijeli ishod',
  targets: {
    plan: () => 'cijeli plan',
    section: (heading) => `poglavlje „${heading}”`,
    measure: (number) => `mjera ${number}`,
    passage: (number) => `dio teksta mjere ${number}`,
  },
  statuses: {
    accepted: 'Prihvaćen',
    'partially-accepted': 'Djelomično prihvaćen',
    'not-accepted': 'Nije prihvaćen',
    noted: 'Primljen na znanje',
    unanswered: 'Odgovor nije dan',
    hidden: 'Sakrio ga je moderator',
  },
  amendments: {
    add: (number) => `nova mjera ${number}`,
    change: (number) => `izmijenjena mjera ${number}`,
    remove: (number) => `uklonjena mjera ${number}`,
  },
};

const CATALOGUES: Readonly<Record<string, NoticeWords>> = { en, fr, ar, fa, uk, hr };

/** The words for `language` by its primary subtag, else English, with the language they are in. */
export const noticeWordsFor = (
  language: string,
): { readonly language: string; readonly words: NoticeWords } => {
  const primary = language.split('-')[0]!.toLowerCase();
  return Object.hasOwn(CATALOGUES, primary)
    ? { language: primary, words: CATALOGUES[primary]! }
    : { language: 'en', words: en };
};
