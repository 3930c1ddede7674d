import { defineMessages } from '../kit/messages';

/** The budgeting API's refusals of a ballot, by rule, as a voter can act on them. */
export const ballotProblemMessages = defineMessages(
  {
    'problem.max-items': 'You chose more projects than the rules allow. Untick some.',
    'problem.min-items': 'You chose too few projects. Choose more.',
    'problem.within-budget': 'The projects you chose cost more than the budget. Untick some.',
    'problem.min-spend': 'The projects you chose use too little of the budget. Choose more.',
    'problem.max-points': 'You gave more points than you have. Take some away.',
    'problem.min-points': 'Give at least one point.',
    'problem.on-offer': 'One of the projects is no longer on this ballot. Reload the page and choose again.',
    'problem.ballot.not-eligible':
      'You cannot vote in this budget: it is for residents who meet its rules (district, age or verification).',
    'problem.ballot.voting-closed': 'Voting is closed; your ballot was not cast.',
  },
  {
    ar: {
      'problem.max-items': 'اخترت مشاريع أكثر مما تسمح به القواعد. ألغِ اختيار بعضها.',
      'problem.min-items': 'اخترت مشاريع أقل من اللازم. اختر المزيد.',
      'problem.within-budget': 'تكلفة المشاريع التي اخترتها أكبر من الميزانية. ألغِ اختيار بعضها.',
      'problem.min-spend': 'المشاريع التي اخترتها تستخدم جزءًا صغيرًا جدًا من الميزانية. اختر المزيد.',
      'problem.max-points': 'منحت نقاطًا أكثر مما لديك. أنقص بعضها.',
      'problem.min-points': 'امنح نقطة واحدة على الأقل.',
      'problem.on-offer': 'أحد المشاريع لم يعد في ورقة الاقتراع. أعد تحميل الصفحة واختر من جديد.',
      'problem.ballot.not-eligible':
        'لا يمكنك التصويت في هذه الميزانية: إنها للسكان الذين تنطبق عليهم شروطها (الحي أو العمر أو التحقق).',
      'problem.ballot.voting-closed': 'أُغلق التصويت؛ لم يُحتسب صوتك.',
    },
    fa: {
      'problem.max-items': 'بیش از حد مجاز طرح انتخاب کرده‌اید. چند تا را بردارید.',
      'problem.min-items': 'طرح‌های کمی انتخاب کرده‌اید. بیشتر انتخاب کنید.',
      'problem.within-budget': 'هزینهٔ طرح‌های انتخابی شما از بودجه بیشتر است. چند تا را بردارید.',
      'problem.min-spend': 'طرح‌های انتخابی شما بخش خیلی کمی از بودجه را به کار می‌گیرند. بیشتر انتخاب کنید.',
      'problem.max-points': 'بیش از امتیازهایی که دارید داده‌اید. چند امتیاز کم کنید.',
      'problem.min-points': 'دست‌کم یک امتیاز بدهید.',
      'problem.on-offer': 'یکی از طرح‌ها دیگر در برگهٔ رأی نیست. صفحه را دوباره بار کنید و از نو انتخاب کنید.',
      'problem.ballot.not-eligible':
        'نمی‌توانید در این بودجه رأی دهید: این بودجه برای ساکنانی است که شرایط آن (محله، سن یا تأیید هویت) را دارند.',
      'problem.ballot.voting-closed': 'رأی‌گیری پایان یافته است؛ رأی شما ثبت نشد.',
    },
    uk: {
      'problem.max-items': 'Ви обрали більше проєктів, ніж дозволяють правила. Зніміть позначку з деяких.',
      'problem.min-items': 'Ви обрали замало проєктів. Оберіть більше.',
      'problem.within-budget': 'Обрані проєкти коштують більше за бюджет. Зніміть позначку з деяких.',
      'problem.min-spend': 'Обрані проєкти використовують замалу частку бюджету. Оберіть більше.',
      'problem.max-points': 'Ви дали більше балів, ніж маєте. Заберіть деякі.',
      'problem.min-points': 'Дайте щонайменше один бал.',
      'problem.on-offer': 'Одного з проєктів уже немає в бюлетені. Перезавантажте сторінку й оберіть знову.',
      'problem.ballot.not-eligible':
        'Ви не можете голосувати в цьому бюджеті: він для мешканців, які відповідають його умовам (район, вік або перевірка).',
      'problem.ballot.voting-closed': 'Голосування завершено; ваш бюлетень не подано.',
    },
    fr: {
      'problem.max-items': 'Vous avez choisi plus de projets que les règles ne le permettent. Décochez-en.',
      'problem.min-items': 'Vous avez choisi trop peu de projets. Choisissez-en davantage.',
      'problem.within-budget': 'Les projets choisis coûtent plus que le budget. Décochez-en.',
      'problem.min-spend': 'Les projets choisis utilisent trop peu du budget. Choisissez-en davantage.',
      'problem.max-points': 'Vous avez donné plus de points que vous n’en avez. Retirez-en.',
      'problem.min-points': 'Donnez au moins un point.',
      'problem.on-offer':
        'L’un des projets ne figure plus sur ce bulletin. Rechargez la page et choisissez à nouveau.',
      'problem.ballot.not-eligible':
        'Vous ne pouvez pas voter pour ce budget : il est réservé aux habitants qui remplissent ses conditions (quartier, âge ou vérification).',
      'problem.ballot.voting-closed': 'Le vote est clos ; votre bulletin n’a pas été déposé.',
    },
  },
);
