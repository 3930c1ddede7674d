import { defineMessages } from '../kit/messages';

/** The receipt lookup, and what every outcome page shares. */
export const countedBallotsMessages = defineMessages(
  {
    'budget-outcomes.back-to-cycle': 'Back to this budget',
    'budget-outcomes.original-language': 'original: {language}',
    'budget-outcomes.counted.title': 'Was my ballot counted?',
    'budget-outcomes.counted.intro':
      '{count, plural, one {# ballot was} other {# ballots were}} counted. When you voted you were given a receipt: paste it here to see whether it is in the published list. Nobody can tell from the receipt who you are.',
    'budget-outcomes.counted.receipt': 'Your receipt',
    'budget-outcomes.counted.receipt-hint': '64 letters and digits, from the page you saw after voting.',
    'budget-outcomes.counted.receipt-invalid':
      'A receipt is 64 characters, digits 0–9 and letters a–f. Copy the whole receipt and try again.',
    'budget-outcomes.counted.submit': 'Look it up',
    'budget-outcomes.counted.found-title': 'Yes, your ballot was counted',
    'budget-outcomes.counted.found-body': 'This receipt is in the published list of counted ballots.',
    'budget-outcomes.counted.choices': 'The choices counted with it',
    'budget-outcomes.counted.absent-title': 'This receipt is not in the list',
    'budget-outcomes.counted.absent-body':
      'No counted ballot has this receipt. Check that you copied all of it. If you voted more than once, only the receipt of your last ballot is in the list.',
    'budget-outcomes.counted.digest': 'Fingerprint of all counted receipts:',
    'budget-outcomes.counted.to-results': 'See the results',
  },
  {
    ar: {
      'budget-outcomes.back-to-cycle': 'العودة إلى هذه الميزانية',
      'budget-outcomes.original-language': 'اللغة الأصلية: {language}',
      'budget-outcomes.counted.title': 'هل حُسبت ورقة اقتراعي؟',
      'budget-outcomes.counted.intro':
        '{count, plural, zero {لم تُحسب أي ورقة اقتراع} one {حُسبت ورقة اقتراع واحدة} two {حُسبت ورقتا اقتراع} few {حُسبت # أوراق اقتراع} many {حُسبت # ورقة اقتراع} other {حُسبت # ورقة اقتراع}}. حين صوّتَّ أُعطيتَ إيصالًا: الصقه هنا لترى هل هو في القائمة المنشورة. لا يمكن لأحد أن يعرف هويتك من الإيصال.',
      'budget-outcomes.counted.receipt': 'إيصالك',
      'budget-outcomes.counted.receipt-hint': '64 حرفًا ورقمًا، من الصفحة التي رأيتها بعد التصويت.',
      'budget-outcomes.counted.receipt-invalid':
        'الإيصال 64 رمزًا، أرقام من 0 إلى 9 وحروف من a إلى f. انسخ الإيصال كاملًا وحاول مرة أخرى.',
      'budget-outcomes.counted.submit': 'ابحث',
      'budget-outcomes.counted.found-title': 'نعم، حُسبت ورقة اقتراعك',
      'budget-outcomes.counted.found-body': 'هذا الإيصال موجود في القائمة المنشورة لأوراق الاقتراع المحسوبة.',
      'budget-outcomes.counted.choices': 'الاختيارات التي حُسبت معه',
      'budget-outcomes.counted.absent-title': 'هذا الإيصال ليس في القائمة',
      'budget-outcomes.counted.absent-body':
        'لا توجد ورقة محسوبة بهذا الإيصال. تأكد من أنك نسخته كاملًا. إذا صوّتَّ أكثر من مرة، فإيصال ورقتك الأخيرة وحده في القائمة.',
      'budget-outcomes.counted.digest': 'بصمة كل الإيصالات المحسوبة:',
      'budget-outcomes.counted.to-results': 'اطّلع على النتائج',
    },
    fa: {
      'budget-outcomes.back-to-cycle': 'بازگشت به این بودجه',
      'budget-outcomes.original-language': 'زبان اصلی: {language}',
      'budget-outcomes.counted.title': 'آیا رأی من شمرده شد؟',
      'budget-outcomes.counted.intro':
        '{count, plural, one {#} other {#}} برگهٔ رأی شمرده شد. هنگام رأی دادن رسیدی گرفتید: آن را اینجا بچسبانید تا ببینید در فهرست منتشرشده هست یا نه. هیچ‌کس از روی رسید نمی‌تواند بفهمد شما کیستید.',
      'budget-outcomes.counted.receipt': 'رسید شما',
      'budget-outcomes.counted.receipt-hint': '۶۴ حرف و رقم، از صفحه‌ای که پس از رأی دادن دیدید.',
      'budget-outcomes.counted.receipt-invalid':
        'رسید ۶۴ نویسه است، رقم‌های 0 تا 9 و حروف a تا f. کل رسید را کپی کنید و دوباره تلاش کنید.',
      'budget-outcomes.counted.submit': 'جست‌وجو',
      'budget-outcomes.counted.found-title': 'بله، رأی شما شمرده شد',
      'budget-outcomes.counted.found-body': 'این رسید در فهرست منتشرشدهٔ برگه‌های رأی شمرده‌شده هست.',
      'budget-outcomes.counted.choices': 'گزینه‌هایی که با آن شمرده شد',
      'budget-outcomes.counted.absent-title': 'این رسید در فهرست نیست',
      'budget-outcomes.counted.absent-body':
        'هیچ برگهٔ رأی شمرده‌شده‌ای این رسید را ندارد. بررسی کنید که همهٔ آن را کپی کرده باشید. اگر بیش از یک بار رأی دادید، فقط رسید آخرین رأی شما در فهرست است.',
      'budget-outcomes.counted.digest': 'اثر انگشت همهٔ رسیدهای شمرده‌شده:',
      'budget-outcomes.counted.to-results': 'دیدن نتایج',
    },
    uk: {
      'budget-outcomes.back-to-cycle': 'Повернутися до цього бюджету',
      'budget-outcomes.original-language': 'оригінал: {language}',
      'budget-outcomes.counted.title': 'Чи зараховано мій бюлетень?',
      'budget-outcomes.counted.intro':
        'Зараховано {count, plural, one {# бюлетень} few {# бюлетені} many {# бюлетенів} other {# бюлетеня}}. Коли ви голосували, ви отримали квитанцію: вставте її сюди, щоб побачити, чи є вона в оприлюдненому списку. За квитанцією ніхто не дізнається, хто ви.',
      'budget-outcomes.counted.receipt': 'Ваша квитанція',
      'budget-outcomes.counted.receipt-hint':
        '64 літери й цифри зі сторінки, яку ви бачили після голосування.',
      'budget-outcomes.counted.receipt-invalid':
        'Квитанція має 64 символи: цифри 0–9 і літери a–f. Скопіюйте всю квитанцію й спробуйте ще раз.',
      'budget-outcomes.counted.submit': 'Перевірити',
      'budget-outcomes.counted.found-title': 'Так, ваш бюлетень зараховано',
      'budget-outcomes.counted.found-body': 'Ця квитанція є в оприлюдненому списку зарахованих бюлетенів.',
      'budget-outcomes.counted.choices': 'Вибір, зарахований із нею',
      'budget-outcomes.counted.absent-title': 'Цієї квитанції немає в списку',
      'budget-outcomes.counted.absent-body':
        'Жоден зарахований бюлетень не має цієї квитанції. Перевірте, чи скопіювали ви її повністю. Якщо ви голосували кілька разів, у списку лише квитанція останнього бюлетеня.',
      'budget-outcomes.counted.digest': 'Відбиток усіх зарахованих квитанцій:',
      'budget-outcomes.counted.to-results': 'Переглянути результати',
    },
    fr: {
      'budget-outcomes.back-to-cycle': 'Retour à ce budget',
      'budget-outcomes.original-language': 'original : {language}',
      'budget-outcomes.counted.title': 'Mon bulletin a-t-il été compté ?',
      'budget-outcomes.counted.intro':
        '{count, plural, one {# bulletin a été compté} many {# de bulletins ont été comptés} other {# bulletins ont été comptés}}. Quand vous avez voté, vous avez reçu un reçu : collez-le ici pour voir s’il figure dans la liste publiée. Personne ne peut savoir qui vous êtes à partir du reçu.',
      'budget-outcomes.counted.receipt': 'Votre reçu',
      'budget-outcomes.counted.receipt-hint': '64 lettres et chiffres, de la page affichée après votre vote.',
      'budget-outcomes.counted.receipt-invalid':
        'Un reçu compte 64 caractères, des chiffres 0 à 9 et des lettres a à f. Copiez le reçu en entier et réessayez.',
      'budget-outcomes.counted.submit': 'Vérifier',
      'budget-outcomes.counted.found-title': 'Oui, votre bulletin a été compté',
      'budget-outcomes.counted.found-body': 'Ce reçu figure dans la liste publiée des bulletins comptés.',
      'budget-outcomes.counted.choices': 'Les choix comptés avec lui',
      'budget-outcomes.counted.absent-title': 'Ce reçu n’est pas dans la liste',
      'budget-outcomes.counted.absent-body':
        'Aucun bulletin compté n’a ce reçu. Vérifiez que vous l’avez copié en entier. Si vous avez voté plusieurs fois, seul le reçu de votre dernier bulletin figure dans la liste.',
      'budget-outcomes.counted.digest': 'Empreinte de tous les reçus comptés :',
      'budget-outcomes.counted.to-results': 'Voir les résultats',
    },
  },
);
