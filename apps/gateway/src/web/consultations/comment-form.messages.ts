import { defineMessages } from '../kit/messages';

export const commentFormMessages = defineMessages(
  {
    'consultations.form.title': 'Your comment',
    'consultations.form.about': 'You comment on:',
    'consultations.form.quote': 'The passage you comment on (optional)',
    'consultations.form.quote-hint':
      'Copy or type words from the measure exactly as they are written above. Leave it empty to comment on the whole measure.',
    'consultations.form.text': 'Your comment',
    'consultations.form.text-hint': 'Write in any language you like.',
    'consultations.form.language': 'Language of your comment',
    'consultations.form.contributor': 'You comment as',
    'consultations.form.organisation': 'Name of the organisation',
    'consultations.form.organisation-hint': 'Only if you comment for an organisation.',
    'consultations.form.named': 'Publish the organisation’s name with the comment',
    'consultations.form.anonymous-hint':
      'Comments are published without saying who wrote them. Your own name is never published.',
    'consultations.form.submit': 'Send the comment',
    'consultations.form.error.text': 'Write your comment, in up to 20,000 characters.',
    'consultations.form.error.language': 'Choose the language your comment is written in.',
    'consultations.form.error.contributorType': 'Choose whom you comment as.',
    'consultations.form.error.organisationName':
      'Give the organisation’s name if you comment for one; leave it empty if you comment as an individual.',
    'consultations.form.error.quote':
      'These words are not in the measure’s text. Copy them exactly, or leave the field empty to comment on the whole measure.',
    'consultations.taken.title': 'Thank you for your comment',
    'consultations.taken.body':
      'Your comment has been received. Once the consultation is over, the city publishes an answer to every comment.',
    'consultations.taken.back': 'Back to the consultation',
    'consultations.taken.mine': 'See all my comments',
    'problem.comment.not-eligible':
      'This consultation takes comments only from the people it names under “Who may comment”.',
    'problem.comment.outside-period': 'This consultation does not take comments at this time.',
    'problem.comment.not-for-organisation':
      'Your account does not act for an organisation. Choose “An individual”, or ask the city to confirm that you speak for your organisation.',
    'problem.comment.passage-outside-text':
      'These words are not in the measure’s text. Copy them exactly, or leave the field empty to comment on the whole measure.',
    'problem.consultation.outcome-published': 'The outcome of this consultation is already published.',
    'problem.consultation.closed': 'The consultation is closed: comments can no longer be withdrawn.',
    'problem.comment.already-withdrawn': 'This comment is already withdrawn.',
    'problem.comment.not-yours': 'Only the person who wrote a comment can withdraw it.',
  },
  {
    ar: {
      'consultations.form.title': 'تعليقك',
      'consultations.form.about': 'تعلّق على:',
      'consultations.form.quote': 'المقطع الذي تعلّق عليه (اختياري)',
      'consultations.form.quote-hint':
        'انسخ كلمات من الإجراء أو اكتبها تمامًا كما وردت أعلاه. اتركه فارغًا للتعليق على الإجراء كله.',
      'consultations.form.text': 'تعليقك',
      'consultations.form.text-hint': 'اكتب بأي لغة تريدها.',
      'consultations.form.language': 'لغة تعليقك',
      'consultations.form.contributor': 'تعلّق بصفتك',
      'consultations.form.organisation': 'اسم المنظمة',
      'consultations.form.organisation-hint': 'فقط إذا كنت تعلّق باسم منظمة.',
      'consultations.form.named': 'انشر اسم المنظمة مع التعليق',
      'consultations.form.anonymous-hint': 'تُنشر التعليقات دون ذكر كاتبها. لا يُنشر اسمك الشخصي أبدًا.',
      'consultations.form.submit': 'أرسل التعليق',
      'consultations.form.error.text': 'اكتب تعليقك، بما لا يتجاوز 20٬000 حرف.',
      'consultations.form.error.language': 'اختر اللغة التي كتبت بها تعليقك.',
      'consultations.form.error.contributorType': 'اختر الصفة التي تعلّق بها.',
      'consultations.form.error.organisationName':
        'اكتب اسم المنظمة إذا كنت تعلّق باسمها؛ واتركه فارغًا إذا كنت تعلّق بصفتك فردًا.',
      'consultations.form.error.quote':
        'هذه الكلمات غير موجودة في نص الإجراء. انسخها كما هي تمامًا، أو اترك الحقل فارغًا للتعليق على الإجراء كله.',
      'consultations.taken.title': 'شكرًا لتعليقك',
      'consultations.taken.body': 'وصلنا تعليقك. بعد انتهاء الاستشارة تنشر المدينة ردًا على كل تعليق.',
      'consultations.taken.back': 'العودة إلى الاستشارة',
      'consultations.taken.mine': 'عرض كل تعليقاتي',
      'problem.comment.not-eligible':
        'لا تقبل هذه الاستشارة التعليقات إلا ممن تذكرهم تحت «من يمكنه التعليق».',
      'problem.comment.outside-period': 'لا تقبل هذه الاستشارة التعليقات في هذا الوقت.',
      'problem.comment.not-for-organisation':
        'حسابك لا يمثّل منظمة. اختر «فرد»، أو اطلب من المدينة تأكيد أنك تتحدث باسم منظمتك.',
      'problem.comment.passage-outside-text':
        'هذه الكلمات غير موجودة في نص الإجراء. انسخها كما هي تمامًا، أو اترك الحقل فارغًا للتعليق على الإجراء كله.',
      'problem.consultation.outcome-published': 'نتيجة هذه الاستشارة منشورة بالفعل.',
      'problem.consultation.closed': 'أُغلقت الاستشارة: لم يعد بالإمكان سحب التعليقات.',
      'problem.comment.already-withdrawn': 'سُحب هذا التعليق من قبل.',
      'problem.comment.not-yours': 'لا يمكن سحب التعليق إلا لمن كتبه.',
    },
    fa: {
      'consultations.form.title': 'نظر شما',
      'consultations.form.about': 'نظر شما دربارهٔ:',
      'consultations.form.quote': 'بخشی از متن که دربارهٔ آن نظر می‌دهید (اختیاری)',
      'consultations.form.quote-hint':
        'کلماتی از اقدام را دقیقاً همان‌طور که در بالا نوشته شده کپی کنید یا بنویسید. برای نظر دادن دربارهٔ کل اقدام، خالی بگذارید.',
      'consultations.form.text': 'نظر شما',
      'consultations.form.text-hint': 'به هر زبانی که می‌خواهید بنویسید.',
      'consultations.form.language': 'زبان نظر شما',
      'consultations.form.contributor': 'شما به عنوان چه کسی نظر می‌دهید',
      'consultations.form.organisation': 'نام سازمان',
      'consultations.form.organisation-hint': 'فقط اگر از طرف یک سازمان نظر می‌دهید.',
      'consultations.form.named': 'نام سازمان همراه نظر منتشر شود',
      'consultations.form.anonymous-hint':
        'نظرها بدون ذکر نویسنده منتشر می‌شوند. نام خود شما هرگز منتشر نمی‌شود.',
      'consultations.form.submit': 'فرستادن نظر',
      'consultations.form.error.text': 'نظرتان را بنویسید، حداکثر ۲۰٬۰۰۰ نویسه.',
      'consultations.form.error.language': 'زبانی را که نظرتان را به آن نوشته‌اید انتخاب کنید.',
      'consultations.form.error.contributorType': 'انتخاب کنید به عنوان چه کسی نظر می‌دهید.',
      'consultations.form.error.organisationName':
        'اگر از طرف سازمانی نظر می‌دهید نام آن را بنویسید؛ اگر به عنوان یک فرد نظر می‌دهید خالی بگذارید.',
      'consultations.form.error.quote':
        'این کلمات در متن اقدام نیست. آن‌ها را دقیقاً کپی کنید، یا برای نظر دربارهٔ کل اقدام فیلد را خالی بگذارید.',
      'consultations.taken.title': 'از نظر شما سپاسگزاریم',
      'consultations.taken.body':
        'نظر شما دریافت شد. پس از پایان نظرخواهی، شهر به هر نظر پاسخی منتشر می‌کند.',
      'consultations.taken.back': 'بازگشت به نظرخواهی',
      'consultations.taken.mine': 'دیدن همهٔ نظرهای من',
      'problem.comment.not-eligible':
        'این نظرخواهی فقط از کسانی نظر می‌پذیرد که زیر «چه کسی می‌تواند نظر بدهد» آمده‌اند.',
      'problem.comment.outside-period': 'این نظرخواهی اکنون نظر نمی‌پذیرد.',
      'problem.comment.not-for-organisation':
        'حساب شما از طرف سازمانی نیست. «یک فرد» را انتخاب کنید، یا از شهر بخواهید تأیید کند که از طرف سازمانتان سخن می‌گویید.',
      'problem.comment.passage-outside-text':
        'این کلمات در متن اقدام نیست. آن‌ها را دقیقاً کپی کنید، یا برای نظر دربارهٔ کل اقدام فیلد را خالی بگذارید.',
      'problem.consultation.outcome-published': 'نتیجهٔ این نظرخواهی پیش‌تر منتشر شده است.',
      'problem.consultation.closed': 'نظرخواهی بسته شده است: دیگر نمی‌توان نظرها را پس گرفت.',
      'problem.comment.already-withdrawn': 'این نظر پیش‌تر پس گرفته شده است.',
      'problem.comment.not-yours': 'فقط نویسندهٔ یک نظر می‌تواند آن را پس بگیرد.',
    },
    uk: {
      'consultations.form.title': 'Ваш коментар',
      'consultations.form.about': 'Ви коментуєте:',
      'consultations.form.quote': 'Уривок, який ви коментуєте (необов’язково)',
      'consultations.form.quote-hint':
        'Скопіюйте або введіть слова із заходу точно так, як їх написано вище. Залиште порожнім, щоб коментувати весь захід.',
      'consultations.form.text': 'Ваш коментар',
      'consultations.form.text-hint': 'Пишіть будь-якою мовою.',
      'consultations.form.language': 'Мова вашого коментаря',
      'consultations.form.contributor': 'Ви коментуєте як',
      'consultations.form.organisation': 'Назва організації',
      'consultations.form.organisation-hint': 'Лише якщо ви коментуєте від імені організації.',
      'consultations.form.named': 'Опублікувати назву організації разом із коментарем',
      'consultations.form.anonymous-hint':
        'Коментарі публікуються без зазначення автора. Ваше ім’я ніколи не публікується.',
      'consultations.form.submit': 'Надіслати коментар',
      'consultations.form.error.text': 'Напишіть коментар, до 20 000 символів.',
      'consultations.form.error.language': 'Виберіть мову, якою написано ваш коментар.',
      'consultations.form.error.contributorType': 'Виберіть, від чийого імені ви коментуєте.',
      'consultations.form.error.organisationName':
        'Вкажіть назву організації, якщо коментуєте від її імені; залиште порожнім, якщо коментуєте як особа.',
      'consultations.form.error.quote':
        'Цих слів немає в тексті заходу. Скопіюйте їх точно або залиште поле порожнім, щоб коментувати весь захід.',
      'consultations.taken.title': 'Дякуємо за ваш коментар',
      'consultations.taken.body':
        'Ваш коментар отримано. Після завершення консультації місто опублікує відповідь на кожен коментар.',
      'consultations.taken.back': 'Повернутися до консультації',
      'consultations.taken.mine': 'Переглянути всі мої коментарі',
      'problem.comment.not-eligible':
        'Ця консультація приймає коментарі лише від тих, кого названо в пункті «Хто може коментувати».',
      'problem.comment.outside-period': 'Зараз ця консультація не приймає коментарів.',
      'problem.comment.not-for-organisation':
        'Ваш обліковий запис не діє від імені організації. Виберіть «Особа» або попросіть місто підтвердити, що ви говорите від імені своєї організації.',
      'problem.comment.passage-outside-text':
        'Цих слів немає в тексті заходу. Скопіюйте їх точно або залиште поле порожнім, щоб коментувати весь захід.',
      'problem.consultation.outcome-published': 'Результат цієї консультації вже опубліковано.',
      'problem.consultation.closed': 'Консультацію закрито: коментарі більше не можна відкликати.',
      'problem.comment.already-withdrawn': 'Цей коментар уже відкликано.',
      'problem.comment.not-yours': 'Відкликати коментар може лише його автор.',
    },
    fr: {
      'consultations.form.title': 'Votre commentaire',
      'consultations.form.about': 'Vous commentez :',
      'consultations.form.quote': 'Le passage que vous commentez (facultatif)',
      'consultations.form.quote-hint':
        'Copiez ou saisissez des mots de la mesure exactement comme ils sont écrits ci-dessus. Laissez vide pour commenter toute la mesure.',
      'consultations.form.text': 'Votre commentaire',
      'consultations.form.text-hint': 'Écrivez dans la langue de votre choix.',
      'consultations.form.language': 'Langue de votre commentaire',
      'consultations.form.contributor': 'Vous commentez en tant que',
      'consultations.form.organisation': 'Nom de l’organisation',
      'consultations.form.organisation-hint': 'Seulement si vous commentez pour une organisation.',
      'consultations.form.named': 'Publier le nom de l’organisation avec le commentaire',
      'consultations.form.anonymous-hint':
        'Les commentaires sont publiés sans dire qui les a écrits. Votre nom n’est jamais publié.',
      'consultations.form.submit': 'Envoyer le commentaire',
      'consultations.form.error.text': 'Écrivez votre commentaire, en 20 000 caractères au plus.',
      'consultations.form.error.language': 'Choisissez la langue dans laquelle votre commentaire est écrit.',
      'consultations.form.error.contributorType': 'Choisissez en tant que qui vous commentez.',
      'consultations.form.error.organisationName':
        'Indiquez le nom de l’organisation si vous commentez pour elle ; laissez vide si vous commentez en tant que particulier.',
      'consultations.form.error.quote':
        'Ces mots ne sont pas dans le texte de la mesure. Copiez-les exactement, ou laissez le champ vide pour commenter toute la mesure.',
      'consultations.taken.title': 'Merci pour votre commentaire',
      'consultations.taken.body':
        'Votre commentaire a bien été reçu. Une fois la consultation terminée, la ville publie une réponse à chaque commentaire.',
      'consultations.taken.back': 'Revenir à la consultation',
      'consultations.taken.mine': 'Voir tous mes commentaires',
      'problem.comment.not-eligible':
        'Cette consultation n’accepte les commentaires que des personnes indiquées sous « Qui peut commenter ».',
      'problem.comment.outside-period': 'Cette consultation n’accepte pas de commentaires en ce moment.',
      'problem.comment.not-for-organisation':
        'Votre compte n’agit pas pour une organisation. Choisissez « Un particulier », ou demandez à la ville de confirmer que vous parlez au nom de votre organisation.',
      'problem.comment.passage-outside-text':
        'Ces mots ne sont pas dans le texte de la mesure. Copiez-les exactement, ou laissez le champ vide pour commenter toute la mesure.',
      'problem.consultation.outcome-published': 'Le résultat de cette consultation est déjà publié.',
      'problem.consultation.closed':
        'La consultation est close : les commentaires ne peuvent plus être retirés.',
      'problem.comment.already-withdrawn': 'Ce commentaire est déjà retiré.',
      'problem.comment.not-yours': 'Seule la personne qui a écrit un commentaire peut le retirer.',
    },
  },
);
