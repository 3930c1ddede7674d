import { defineMessages } from '../kit/messages';

export const accessCodeLettersMessages = defineMessages(
  {
    'access-code-letters.title': 'Access-code letters',
    'access-code-letters.intro':
      'Generate a batch of access codes and print one letter per code. Residents sign in with the code; the letter says how, in the languages you choose.',
    'access-code-letters.size': 'Number of letters',
    'access-code-letters.size.hint': 'From 1 to 1000.',
    'access-code-letters.size.invalid': 'Enter a whole number of letters from 1 to 1000.',
    'access-code-letters.district': 'District (optional)',
    'access-code-letters.district.hint':
      'Residents who sign in with these codes count as living in this district. Leave empty for the whole city.',
    'access-code-letters.age-band': 'Age band (optional)',
    'access-code-letters.age-band.hint': 'Only if the letters go to residents of one age band.',
    'access-code-letters.age-band.any': 'Any age',
    'access-code-letters.languages': 'Languages of the letter',
    'access-code-letters.languages.hint': 'Each letter explains how to sign in in every language you tick.',
    'access-code-letters.languages.required': 'Tick at least one language for the letter.',
    'access-code-letters.submit': 'Generate the codes and show the letters',
    'access-code-letters.letters.title': 'Letters to print',
    'access-code-letters.issued':
      '{count, plural, one {# access code was} other {# access codes were}} issued.',
    'access-code-letters.issued.district': 'District:',
    'access-code-letters.shown-once':
      'The codes are shown only this once: the city keeps only a fingerprint of each, never the code. Print the letters before you leave this page.',
    'access-code-letters.print':
      'Use your browser’s print command (Ctrl+P, or ⌘+P on a Mac). Each letter prints on a page of its own, without this notice.',
    'access-code-letters.again': 'Generate another batch',
    'access-code-letters.letter.number': 'Letter {number} of {count}',
    'access-code-letters.letter.code': 'Your access code:',
    'access-code-letters.letter.title': 'Take part in your city’s decisions',
    'access-code-letters.letter.intro':
      'With this code you can vote on the participatory budget and comment on the city’s plans, in your own language.',
    'access-code-letters.letter.step-address': 'On a phone or computer, open this address:',
    'access-code-letters.letter.step-code':
      'Type in the access code printed on this letter, then press “Sign in with the code”.',
    'access-code-letters.letter.step-done': 'You are signed in: you can now vote and comment.',
    'access-code-letters.letter.private':
      'The code is for you alone: do not share it. We never ask for your nationality, status or documents.',
  },
  {
    ar: {
      'access-code-letters.title': 'رسائل رموز الدخول',
      'access-code-letters.intro':
        'أنشئ مجموعة من رموز الدخول واطبع رسالة لكل رمز. يسجّل السكان الدخول بالرمز، وتشرح الرسالة الطريقة باللغات التي تختارها.',
      'access-code-letters.size': 'عدد الرسائل',
      'access-code-letters.size.hint': 'من 1 إلى 1000.',
      'access-code-letters.size.invalid': 'أدخل عددًا صحيحًا من الرسائل بين 1 و1000.',
      'access-code-letters.district': 'الحي (اختياري)',
      'access-code-letters.district.hint':
        'يُعدّ السكان الذين يسجّلون الدخول بهذه الرموز مقيمين في هذا الحي. اتركه فارغًا للمدينة كلها.',
      'access-code-letters.age-band': 'الفئة العمرية (اختياري)',
      'access-code-letters.age-band.hint': 'فقط إذا كانت الرسائل موجّهة إلى سكان من فئة عمرية واحدة.',
      'access-code-letters.age-band.any': 'أي عمر',
      'access-code-letters.languages': 'لغات الرسالة',
      'access-code-letters.languages.hint': 'تشرح كل رسالة طريقة تسجيل الدخول بكل لغة تختارها.',
      'access-code-letters.languages.required': 'اختر لغة واحدة على الأقل للرسالة.',
      'access-code-letters.submit': 'أنشئ الرموز واعرض الرسائل',
      'access-code-letters.letters.title': 'رسائل للطباعة',
      'access-code-letters.issued':
        '{count, plural, zero {لم يصدر أي رمز دخول} one {صدر رمز دخول واحد} two {صدر رمزا دخول} few {صدرت # رموز دخول} many {صدر # رمز دخول} other {صدر # رمز دخول}}.',
      'access-code-letters.issued.district': 'الحي:',
      'access-code-letters.shown-once':
        'تُعرض الرموز هذه المرة فقط: لا تحتفظ البلدية إلا ببصمة لكل رمز، لا بالرمز نفسه. اطبع الرسائل قبل مغادرة هذه الصفحة.',
      'access-code-letters.print':
        'استخدم أمر الطباعة في متصفحك (Ctrl+P، أو ⌘+P على جهاز Mac). تُطبع كل رسالة على صفحة مستقلة، من دون هذا التنبيه.',
      'access-code-letters.again': 'أنشئ مجموعة أخرى',
      'access-code-letters.letter.number': 'الرسالة {number} من {count}',
      'access-code-letters.letter.code': 'رمز الدخول الخاص بك:',
      'access-code-letters.letter.title': 'شارك في قرارات مدينتك',
      'access-code-letters.letter.intro':
        'بهذا الرمز يمكنك التصويت على الميزانية التشاركية والتعليق على خطط المدينة، بلغتك.',
      'access-code-letters.letter.step-address': 'افتح هذا العنوان على هاتف أو حاسوب:',
      'access-code-letters.letter.step-code':
        'اكتب رمز الدخول المطبوع على هذه الرسالة، ثم اضغط «الدخول بالرمز».',
      'access-code-letters.letter.step-done': 'لقد سجّلت الدخول: يمكنك الآن التصويت والتعليق.',
      'access-code-letters.letter.private':
        'هذا الرمز لك وحدك: لا تشاركه مع أحد. لا نسألك أبدًا عن جنسيتك أو وضعك أو وثائقك.',
    },
    fa: {
      'access-code-letters.title': 'نامه‌های کد دسترسی',
      'access-code-letters.intro':
        'یک دسته کد دسترسی بسازید و برای هر کد یک نامه چاپ کنید. ساکنان با کد وارد می‌شوند و نامه روش کار را به زبان‌هایی که انتخاب می‌کنید توضیح می‌دهد.',
      'access-code-letters.size': 'تعداد نامه‌ها',
      'access-code-letters.size.hint': 'از ۱ تا ۱۰۰۰.',
      'access-code-letters.size.invalid': 'تعداد نامه‌ها را به صورت عدد صحیح از ۱ تا ۱۰۰۰ وارد کنید.',
      'access-code-letters.district': 'محله (اختیاری)',
      'access-code-letters.district.hint':
        'ساکنانی که با این کدها وارد می‌شوند ساکن این محله به شمار می‌آیند. برای کل شهر خالی بگذارید.',
      'access-code-letters.age-band': 'گروه سنی (اختیاری)',
      'access-code-letters.age-band.hint': 'فقط اگر نامه‌ها برای ساکنان یک گروه سنی است.',
      'access-code-letters.age-band.any': 'هر سنی',
      'access-code-letters.languages': 'زبان‌های نامه',
      'access-code-letters.languages.hint': 'هر نامه روش ورود را به هر زبانی که علامت بزنید توضیح می‌دهد.',
      'access-code-letters.languages.required': 'دست‌کم یک زبان برای نامه علامت بزنید.',
      'access-code-letters.submit': 'ساختن کدها و نمایش نامه‌ها',
      'access-code-letters.letters.title': 'نامه‌های آمادهٔ چاپ',
      'access-code-letters.issued': '{count, plural, one {#} other {#}} کد دسترسی صادر شد.',
      'access-code-letters.issued.district': 'محله:',
      'access-code-letters.shown-once':
        'کدها فقط همین یک بار نشان داده می‌شوند: شهرداری فقط اثر انگشتی از هر کد نگه می‌دارد، نه خود کد را. پیش از ترک این صفحه نامه‌ها را چاپ کنید.',
      'access-code-letters.print':
        'از فرمان چاپ مرورگر استفاده کنید (Ctrl+P، یا ⌘+P در مک). هر نامه در صفحه‌ای جداگانه و بدون این یادداشت چاپ می‌شود.',
      'access-code-letters.again': 'ساختن دستهٔ دیگر',
      'access-code-letters.letter.number': 'نامهٔ {number} از {count}',
      'access-code-letters.letter.code': 'کد دسترسی شما:',
      'access-code-letters.letter.title': 'در تصمیم‌های شهرتان شرکت کنید',
      'access-code-letters.letter.intro':
        'با این کد می‌توانید به بودجهٔ مشارکتی رأی دهید و دربارهٔ برنامه‌های شهر، به زبان خودتان، نظر بنویسید.',
      'access-code-letters.letter.step-address': 'این نشانی را روی گوشی یا رایانه باز کنید:',
      'access-code-letters.letter.step-code':
        'کد دسترسی چاپ‌شده روی این نامه را وارد کنید و «ورود با کد» را بزنید.',
      'access-code-letters.letter.step-done': 'وارد شده‌اید: اکنون می‌توانید رأی دهید و نظر بنویسید.',
      'access-code-letters.letter.private':
        'این کد فقط مال شماست: آن را به کسی ندهید. ما هرگز تابعیت، وضعیت اقامت یا مدارک شما را نمی‌پرسیم.',
    },
    uk: {
      'access-code-letters.title': 'Листи з кодами доступу',
      'access-code-letters.intro':
        'Створіть партію кодів доступу й надрукуйте по листу на кожен код. Мешканці входять із кодом; лист пояснює як — мовами, які ви оберете.',
      'access-code-letters.size': 'Кількість листів',
      'access-code-letters.size.hint': 'Від 1 до 1000.',
      'access-code-letters.size.invalid': 'Введіть ціле число листів від 1 до 1000.',
      'access-code-letters.district': 'Район (необов’язково)',
      'access-code-letters.district.hint':
        'Мешканці, які увійдуть із цими кодами, вважатимуться мешканцями цього району. Залиште порожнім для всього міста.',
      'access-code-letters.age-band': 'Вікова група (необов’язково)',
      'access-code-letters.age-band.hint': 'Лише якщо листи йдуть мешканцям однієї вікової групи.',
      'access-code-letters.age-band.any': 'Будь-який вік',
      'access-code-letters.languages': 'Мови листа',
      'access-code-letters.languages.hint': 'Кожен лист пояснює, як увійти, кожною позначеною мовою.',
      'access-code-letters.languages.required': 'Позначте принаймні одну мову листа.',
      'access-code-letters.submit': 'Створити коди й показати листи',
      'access-code-letters.letters.title': 'Листи для друку',
      'access-code-letters.issued':
        'Видано {count, plural, one {# код} few {# коди} many {# кодів} other {# коду}} доступу.',
      'access-code-letters.issued.district': 'Район:',
      'access-code-letters.shown-once':
        'Коди показано лише цей один раз: місто зберігає тільки відбиток кожного коду, а не сам код. Надрукуйте листи, перш ніж залишити цю сторінку.',
      'access-code-letters.print':
        'Скористайтеся командою друку браузера (Ctrl+P або ⌘+P на Mac). Кожен лист друкується на окремій сторінці, без цього повідомлення.',
      'access-code-letters.again': 'Створити ще одну партію',
      'access-code-letters.letter.number': 'Лист {number} з {count}',
      'access-code-letters.letter.code': 'Ваш код доступу:',
      'access-code-letters.letter.title': 'Беріть участь у рішеннях вашого міста',
      'access-code-letters.letter.intro':
        'З цим кодом ви можете голосувати за бюджет участі й коментувати плани міста своєю мовою.',
      'access-code-letters.letter.step-address': 'На телефоні чи комп’ютері відкрийте цю адресу:',
      'access-code-letters.letter.step-code':
        'Введіть код доступу, надрукований у цьому листі, і натисніть «Увійти з кодом».',
      'access-code-letters.letter.step-done': 'Ви увійшли: тепер можна голосувати й коментувати.',
      'access-code-letters.letter.private':
        'Код лише для вас: нікому його не передавайте. Ми ніколи не питаємо про громадянство, статус чи документи.',
    },
    fr: {
      'access-code-letters.title': 'Lettres de codes d’accès',
      'access-code-letters.intro':
        'Générez un lot de codes d’accès et imprimez une lettre par code. Les habitants se connectent avec le code ; la lettre explique comment, dans les langues que vous choisissez.',
      'access-code-letters.size': 'Nombre de lettres',
      'access-code-letters.size.hint': 'De 1 à 1000.',
      'access-code-letters.size.invalid': 'Saisissez un nombre entier de lettres entre 1 et 1000.',
      'access-code-letters.district': 'Quartier (facultatif)',
      'access-code-letters.district.hint':
        'Les habitants qui se connectent avec ces codes sont comptés comme habitant ce quartier. Laissez vide pour toute la ville.',
      'access-code-letters.age-band': 'Tranche d’âge (facultatif)',
      'access-code-letters.age-band.hint':
        'Seulement si les lettres vont à des habitants d’une même tranche d’âge.',
      'access-code-letters.age-band.any': 'Tout âge',
      'access-code-letters.languages': 'Langues de la lettre',
      'access-code-letters.languages.hint':
        'Chaque lettre explique comment se connecter dans chaque langue cochée.',
      'access-code-letters.languages.required': 'Cochez au moins une langue pour la lettre.',
      'access-code-letters.submit': 'Générer les codes et afficher les lettres',
      'access-code-letters.letters.title': 'Lettres à imprimer',
      'access-code-letters.issued':
        '{count, plural, one {# code d’accès a} many {# de codes d’accès ont} other {# codes d’accès ont}} été émis.',
      'access-code-letters.issued.district': 'Quartier :',
      'access-code-letters.shown-once':
        'Les codes ne sont affichés qu’une seule fois : la ville n’en garde qu’une empreinte, jamais le code. Imprimez les lettres avant de quitter cette page.',
      'access-code-letters.print':
        'Utilisez la commande d’impression du navigateur (Ctrl+P, ou ⌘+P sur Mac). Chaque lettre s’imprime sur sa propre page, sans cet avis.',
      'access-code-letters.again': 'Générer un autre lot',
      'access-code-letters.letter.number': 'Lettre {number} sur {count}',
      'access-code-letters.letter.code': 'Votre code d’accès :',
      'access-code-letters.letter.title': 'Participez aux décisions de votre ville',
      'access-code-letters.letter.intro':
        'Avec ce code, vous pouvez voter sur le budget participatif et commenter les projets de la ville, dans votre langue.',
      'access-code-letters.letter.step-address': 'Sur un téléphone ou un ordinateur, ouvrez cette adresse :',
      'access-code-letters.letter.step-code':
        'Saisissez le code d’accès imprimé sur cette lettre, puis appuyez sur « Se connecter avec le code ».',
      'access-code-letters.letter.step-done': 'Vous êtes connecté : vous pouvez voter et commenter.',
      'access-code-letters.letter.private':
        'Ce code est pour vous seul : ne le partagez pas. Nous ne demandons jamais votre nationalité, votre statut ni vos papiers.',
    },
  },
);
