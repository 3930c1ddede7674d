import { defineMessages } from '../kit/messages';

/** Publishing a consultation’s outcome, and the API’s refusals these pages explain. */
export const officeOutcomeMessages = defineMessages(
  {
    'office-consultations.outcome.title': 'Publish the outcome',
    'office-consultations.outcome.short': 'Outcome',
    'office-consultations.outcome.intro':
      'Publishing makes every response public, derives the next version of the plan from the standing amendments and publishes the outcome report, all at once. It cannot be undone.',
    'office-consultations.outcome.caption': 'What will be published',
    'office-consultations.outcome.answered': 'Comments answered',
    'office-consultations.outcome.unanswered': 'Comments unanswered',
    'office-consultations.outcome.hidden': 'Comments hidden',
    'office-consultations.outcome.withdrawn': 'Comments withdrawn',
    'office-consultations.outcome.amendments': 'Amendments',
    'office-consultations.outcome.amendments-withdrawn': 'Amendments withdrawn',
    'office-consultations.outcome.running':
      'The consultation runs until {closesAt}; the outcome can be published once it has closed.',
    'office-consultations.outcome.unanswered-hint':
      '{count, plural, one {# comment has} other {# comments have}} no response yet.',
    'office-consultations.outcome.answer-them': 'Answer them',
    'office-consultations.outcome.with-unanswered':
      'Publish anyway, listing the unanswered comments as unanswered',
    'office-consultations.outcome.submit': 'Publish the outcome',
    'office-consultations.published.title': 'Outcome published',
    'office-consultations.published.caption': 'What was published',
    'office-consultations.published.when': 'Published on {at}.',
    'office-consultations.published.public': 'The public outcome page',
    'office-consultations.published.csv': 'The report as CSV',
    'office-consultations.published.html': 'The report as a web page',
    'problem.outcome.unanswered-comments':
      'Some comments have no response. Answer them, or publish with them listed as unanswered.',
    'problem.outcome.consultation-open':
      'The consultation is still open: the outcome can be published once it has closed.',
    'problem.amendment-or-why-not': 'An accepted comment cites an amendment, or says why none is needed.',
    'problem.period': 'The period must end after it begins, and not in the past.',
    'problem.plan.measure-outside-section': 'a measure goes under a ## heading',
    'problem.plan.misplaced-title': 'a plan has one # title, before its sections',
  },
  {
    ar: {
      'office-consultations.outcome.title': 'نشر النتيجة',
      'office-consultations.outcome.short': 'النتيجة',
      'office-consultations.outcome.intro':
        'النشر يجعل كل الردود علنية، ويشتق النسخة التالية من الخطة من التعديلات القائمة، وينشر تقرير النتيجة، كل ذلك دفعة واحدة. لا يمكن التراجع عنه.',
      'office-consultations.outcome.caption': 'ما سيُنشر',
      'office-consultations.outcome.answered': 'تعليقات تم الرد عليها',
      'office-consultations.outcome.unanswered': 'تعليقات بلا رد',
      'office-consultations.outcome.hidden': 'تعليقات مخفية',
      'office-consultations.outcome.withdrawn': 'تعليقات مسحوبة',
      'office-consultations.outcome.amendments': 'التعديلات',
      'office-consultations.outcome.amendments-withdrawn': 'تعديلات مسحوبة',
      'office-consultations.outcome.running': 'تستمر الاستشارة حتى {closesAt}؛ يمكن نشر النتيجة بعد إغلاقها.',
      'office-consultations.outcome.unanswered-hint':
        '{count, plural, zero {لا تعليق بلا رد} one {تعليق واحد لا رد عليه بعد} two {تعليقان لا رد عليهما بعد} few {# تعليقات لا رد عليها بعد} many {# تعليقًا لا رد عليها بعد} other {# تعليق لا رد عليها بعد}}.',
      'office-consultations.outcome.answer-them': 'الرد عليها',
      'office-consultations.outcome.with-unanswered':
        'النشر على أي حال، مع إدراج التعليقات التي لا رد عليها على أنها بلا رد',
      'office-consultations.outcome.submit': 'نشر النتيجة',
      'office-consultations.published.title': 'نُشرت النتيجة',
      'office-consultations.published.caption': 'ما نُشر',
      'office-consultations.published.when': 'نُشرت في {at}.',
      'office-consultations.published.public': 'صفحة النتيجة العامة',
      'office-consultations.published.csv': 'التقرير بصيغة CSV',
      'office-consultations.published.html': 'التقرير كصفحة ويب',
      'problem.outcome.unanswered-comments':
        'بعض التعليقات بلا رد. رُدّ عليها، أو انشر مع إدراجها على أنها بلا رد.',
      'problem.outcome.consultation-open': 'الاستشارة ما زالت مفتوحة: يمكن نشر النتيجة بعد إغلاقها.',
      'problem.amendment-or-why-not': 'التعليق المقبول يستشهد بتعديل، أو يذكر لماذا لا حاجة إلى تعديل.',
      'problem.period': 'يجب أن تنتهي المدة بعد بدايتها، وألّا تكون في الماضي.',
      'problem.plan.measure-outside-section': 'يجب أن يأتي التدبير تحت عنوان ##',
      'problem.plan.misplaced-title': 'للخطة عنوان # واحد، قبل أقسامها',
    },
    fa: {
      'office-consultations.outcome.title': 'انتشار نتیجه',
      'office-consultations.outcome.short': 'نتیجه',
      'office-consultations.outcome.intro':
        'انتشار، همهٔ پاسخ‌ها را عمومی می‌کند، نسخهٔ بعدی برنامه را از اصلاحیه‌های برقرار می‌سازد و گزارش نتیجه را منتشر می‌کند، همه با هم. برگشت‌پذیر نیست.',
      'office-consultations.outcome.caption': 'آنچه منتشر خواهد شد',
      'office-consultations.outcome.answered': 'نظرهای پاسخ‌داده‌شده',
      'office-consultations.outcome.unanswered': 'نظرهای بی‌پاسخ',
      'office-consultations.outcome.hidden': 'نظرهای پنهان',
      'office-consultations.outcome.withdrawn': 'نظرهای پس‌گرفته',
      'office-consultations.outcome.amendments': 'اصلاحیه‌ها',
      'office-consultations.outcome.amendments-withdrawn': 'اصلاحیه‌های پس‌گرفته',
      'office-consultations.outcome.running':
        'نظرخواهی تا {closesAt} ادامه دارد؛ نتیجه پس از بسته شدن آن منتشر می‌شود.',
      'office-consultations.outcome.unanswered-hint':
        '{count, plural, one {#} other {#}} نظر هنوز پاسخی ندارد.',
      'office-consultations.outcome.answer-them': 'پاسخ دادن به آن‌ها',
      'office-consultations.outcome.with-unanswered':
        'به هر حال منتشر شود و نظرهای بی‌پاسخ به عنوان بی‌پاسخ فهرست شوند',
      'office-consultations.outcome.submit': 'انتشار نتیجه',
      'office-consultations.published.title': 'نتیجه منتشر شد',
      'office-consultations.published.caption': 'آنچه منتشر شد',
      'office-consultations.published.when': 'منتشرشده در {at}.',
      'office-consultations.published.public': 'صفحهٔ عمومی نتیجه',
      'office-consultations.published.csv': 'گزارش به صورت CSV',
      'office-consultations.published.html': 'گزارش به صورت صفحهٔ وب',
      'problem.outcome.unanswered-comments':
        'برخی نظرها پاسخی ندارند. به آن‌ها پاسخ دهید یا با فهرست کردنشان به عنوان بی‌پاسخ منتشر کنید.',
      'problem.outcome.consultation-open': 'نظرخواهی هنوز باز است: نتیجه پس از بسته شدن آن منتشر می‌شود.',
      'problem.amendment-or-why-not':
        'نظر پذیرفته به یک اصلاحیه استناد می‌کند یا می‌گوید چرا اصلاحیه‌ای لازم نیست.',
      'problem.period': 'دوره باید پس از آغازش پایان یابد و در گذشته نباشد.',
      'problem.plan.measure-outside-section': 'هر اقدام باید زیر یک عنوان ## بیاید',
      'problem.plan.misplaced-title': 'برنامه یک عنوان # دارد، پیش از بخش‌هایش',
    },
    uk: {
      'office-consultations.outcome.title': 'Опублікувати підсумок',
      'office-consultations.outcome.short': 'Підсумок',
      'office-consultations.outcome.intro':
        'Публікація робить усі відповіді публічними, виводить наступну версію плану з чинних змін і публікує звіт про підсумки — усе водночас. Скасувати це не можна.',
      'office-consultations.outcome.caption': 'Що буде опубліковано',
      'office-consultations.outcome.answered': 'Коментарі з відповіддю',
      'office-consultations.outcome.unanswered': 'Коментарі без відповіді',
      'office-consultations.outcome.hidden': 'Приховані коментарі',
      'office-consultations.outcome.withdrawn': 'Відкликані коментарі',
      'office-consultations.outcome.amendments': 'Зміни',
      'office-consultations.outcome.amendments-withdrawn': 'Відкликані зміни',
      'office-consultations.outcome.running':
        'Консультація триває до {closesAt}; підсумок можна опублікувати після її закриття.',
      'office-consultations.outcome.unanswered-hint':
        '{count, plural, one {# коментар} few {# коментарі} many {# коментарів} other {# коментаря}} ще без відповіді.',
      'office-consultations.outcome.answer-them': 'Відповісти на них',
      'office-consultations.outcome.with-unanswered':
        'Опублікувати все одно, зазначивши коментарі без відповіді як такі',
      'office-consultations.outcome.submit': 'Опублікувати підсумок',
      'office-consultations.published.title': 'Підсумок опубліковано',
      'office-consultations.published.caption': 'Що опубліковано',
      'office-consultations.published.when': 'Опубліковано {at}.',
      'office-consultations.published.public': 'Публічна сторінка підсумку',
      'office-consultations.published.csv': 'Звіт у форматі CSV',
      'office-consultations.published.html': 'Звіт як вебсторінка',
      'problem.outcome.unanswered-comments':
        'Деякі коментарі без відповіді. Дайте відповідь або опублікуйте, зазначивши їх як такі, що залишилися без відповіді.',
      'problem.outcome.consultation-open':
        'Консультація ще відкрита: підсумок можна опублікувати після її закриття.',
      'problem.amendment-or-why-not':
        'Прийнятий коментар посилається на зміну або пояснює, чому зміна не потрібна.',
      'problem.period': 'Період має закінчуватися після початку і не бути в минулому.',
      'problem.plan.measure-outside-section': 'захід має стояти під заголовком ##',
      'problem.plan.misplaced-title': 'план має одну назву #, перед розділами',
    },
    fr: {
      'office-consultations.outcome.title': 'Publier le résultat',
      'office-consultations.outcome.short': 'Résultat',
      'office-consultations.outcome.intro':
        'Publier rend publiques toutes les réponses, dérive la version suivante du plan des amendements en vigueur et publie le rapport de résultat, tout à la fois. C’est irréversible.',
      'office-consultations.outcome.caption': 'Ce qui sera publié',
      'office-consultations.outcome.answered': 'Commentaires avec réponse',
      'office-consultations.outcome.unanswered': 'Commentaires sans réponse',
      'office-consultations.outcome.hidden': 'Commentaires masqués',
      'office-consultations.outcome.withdrawn': 'Commentaires retirés',
      'office-consultations.outcome.amendments': 'Amendements',
      'office-consultations.outcome.amendments-withdrawn': 'Amendements retirés',
      'office-consultations.outcome.running':
        'La consultation dure jusqu’au {closesAt} ; le résultat pourra être publié une fois close.',
      'office-consultations.outcome.unanswered-hint':
        '{count, plural, one {# commentaire est} many {# de commentaires sont} other {# commentaires sont}} encore sans réponse.',
      'office-consultations.outcome.answer-them': 'Y répondre',
      'office-consultations.outcome.with-unanswered':
        'Publier quand même, en listant les commentaires sans réponse comme tels',
      'office-consultations.outcome.submit': 'Publier le résultat',
      'office-consultations.published.title': 'Résultat publié',
      'office-consultations.published.caption': 'Ce qui a été publié',
      'office-consultations.published.when': 'Publié le {at}.',
      'office-consultations.published.public': 'La page publique du résultat',
      'office-consultations.published.csv': 'Le rapport en CSV',
      'office-consultations.published.html': 'Le rapport en page web',
      'problem.outcome.unanswered-comments':
        'Certains commentaires n’ont pas de réponse. Répondez-y, ou publiez en les listant comme sans réponse.',
      'problem.outcome.consultation-open':
        'La consultation est encore ouverte : le résultat pourra être publié une fois close.',
      'problem.amendment-or-why-not':
        'Un commentaire accepté cite un amendement, ou dit pourquoi aucun n’est nécessaire.',
      'problem.period': 'La période doit se terminer après son début, et pas dans le passé.',
      'problem.plan.measure-outside-section': 'une mesure se place sous un titre ##',
      'problem.plan.misplaced-title': 'un plan a un seul titre #, avant ses sections',
    },
  },
);
