import { defineMessages } from '../kit/messages';

/** After proposing, when proposals are closed, and supporting proposals. */
export const proposalsMessages = defineMessages(
  {
    'project-proposals.closed.title': 'Proposals are closed',
    'project-proposals.closed.body':
      'This budget takes proposals only at its start. It is now at this stage: {phase}.',
    'project-proposals.closed.to-supports': 'See the proposals and support the ones you want',
    'project-proposals.received.title': 'Thank you, your proposal is in',
    'project-proposals.received.body': 'We have received your proposal. Here it is as others will see it.',
    'project-proposals.received.next-heading': 'What happens next',
    'project-proposals.received.next-body':
      'The city checks whether the project can be done and what it would cost. You will find the decision, and the reason if it cannot be done, in your notifications.',
    'project-proposals.received.to-cycle': 'Back to the budget',
    'project-proposals.supports.title': 'Proposals',
    'project-proposals.supports.intro-open':
      'Support the proposals you would like to see on the ballot. Only the number of supports is public, never who gave them.',
    'project-proposals.supports.intro-closed':
      'Every proposal made for this budget, with the supports it received.',
    'project-proposals.supports.propose': 'Propose a project',
    'project-proposals.supports.none': 'No proposals yet.',
    'project-proposals.supports.count': 'Supports: {count}',
    'project-proposals.supports.support': 'Support',
    'project-proposals.supports.withdraw': 'Withdraw my support',
    'project-proposals.supports.yours': 'You support this proposal.',
    'project-proposals.supports.sign-in': 'Sign in to support proposals',
    'project-proposals.supports.refused': 'Your support was not recorded',
    'project-proposals.supports.refused.not-eligible':
      'Only residents who can vote in this budget can support its proposals.',
    'project-proposals.supports.refused.closed': 'This budget does not take supports at this stage.',
    'project-proposals.supports.refused.merged':
      'This proposal was merged into another one: support that one instead.',
  },
  {
    ar: {
      'project-proposals.closed.title': 'باب الاقتراحات مغلق',
      'project-proposals.closed.body':
        'تقبل هذه الميزانية الاقتراحات في بدايتها فقط. وهي الآن في هذه المرحلة: {phase}.',
      'project-proposals.closed.to-supports': 'اطّلع على الاقتراحات وادعم ما تريده منها',
      'project-proposals.received.title': 'شكرًا لك، وصل اقتراحك',
      'project-proposals.received.body': 'استلمنا اقتراحك. هذا هو كما سيراه الآخرون.',
      'project-proposals.received.next-heading': 'ماذا يحدث بعد ذلك',
      'project-proposals.received.next-body':
        'تتحقق المدينة من إمكانية تنفيذ المشروع ومن كلفته. ستجد القرار، والسبب إن تعذّر التنفيذ، في إشعاراتك.',
      'project-proposals.received.to-cycle': 'العودة إلى الميزانية',
      'project-proposals.supports.title': 'الاقتراحات',
      'project-proposals.supports.intro-open':
        'ادعم الاقتراحات التي تودّ أن تراها في ورقة الاقتراع. عدد الداعمين وحده علني، ولا يُعلن أبدًا من هم.',
      'project-proposals.supports.intro-closed': 'كل الاقتراحات المقدَّمة لهذه الميزانية، مع عدد من دعمها.',
      'project-proposals.supports.propose': 'اقترح مشروعًا',
      'project-proposals.supports.none': 'لا اقتراحات بعد.',
      'project-proposals.supports.count': 'عدد الداعمين: {count}',
      'project-proposals.supports.support': 'ادعم',
      'project-proposals.supports.withdraw': 'اسحب دعمي',
      'project-proposals.supports.yours': 'أنت تدعم هذا الاقتراح.',
      'project-proposals.supports.sign-in': 'سجّل الدخول لتدعم الاقتراحات',
      'project-proposals.supports.refused': 'لم يُسجَّل دعمك',
      'project-proposals.supports.refused.not-eligible':
        'وحدهم السكان الذين يحق لهم التصويت في هذه الميزانية يمكنهم دعم اقتراحاتها.',
      'project-proposals.supports.refused.closed': 'لا تقبل هذه الميزانية الدعم في هذه المرحلة.',
      'project-proposals.supports.refused.merged': 'دُمج هذا الاقتراح في اقتراح آخر: ادعم ذاك بدلًا منه.',
    },
    fa: {
      'project-proposals.closed.title': 'مهلت پیشنهادها تمام شده است',
      'project-proposals.closed.body':
        'این بودجه فقط در آغاز پیشنهاد می‌پذیرد. اکنون در این مرحله است: {phase}.',
      'project-proposals.closed.to-supports': 'پیشنهادها را ببینید و از آن‌هایی که می‌خواهید حمایت کنید',
      'project-proposals.received.title': 'سپاس، پیشنهاد شما رسید',
      'project-proposals.received.body':
        'پیشنهاد شما را دریافت کردیم. این همان چیزی است که دیگران خواهند دید.',
      'project-proposals.received.next-heading': 'پس از این چه می‌شود',
      'project-proposals.received.next-body':
        'شهر بررسی می‌کند که پروژه اجراشدنی است یا نه و چه هزینه‌ای دارد. تصمیم، و اگر اجراشدنی نباشد دلیلش، را در اعلان‌های خود خواهید دید.',
      'project-proposals.received.to-cycle': 'بازگشت به بودجه',
      'project-proposals.supports.title': 'پیشنهادها',
      'project-proposals.supports.intro-open':
        'از پیشنهادهایی که دوست دارید در برگهٔ رأی ببینید حمایت کنید. فقط تعداد حمایت‌ها عمومی است، هرگز نام حامیان.',
      'project-proposals.supports.intro-closed': 'همهٔ پیشنهادهای این بودجه، با تعداد حمایت‌هایی که گرفتند.',
      'project-proposals.supports.propose': 'پیشنهاد یک پروژه',
      'project-proposals.supports.none': 'هنوز پیشنهادی نیست.',
      'project-proposals.supports.count': 'حمایت‌ها: {count}',
      'project-proposals.supports.support': 'حمایت',
      'project-proposals.supports.withdraw': 'پس گرفتن حمایتم',
      'project-proposals.supports.yours': 'شما از این پیشنهاد حمایت می‌کنید.',
      'project-proposals.supports.sign-in': 'برای حمایت از پیشنهادها وارد شوید',
      'project-proposals.supports.refused': 'حمایت شما ثبت نشد',
      'project-proposals.supports.refused.not-eligible':
        'فقط ساکنانی که می‌توانند در این بودجه رأی دهند می‌توانند از پیشنهادهایش حمایت کنند.',
      'project-proposals.supports.refused.closed': 'این بودجه در این مرحله حمایت نمی‌پذیرد.',
      'project-proposals.supports.refused.merged':
        'این پیشنهاد با پیشنهاد دیگری ادغام شده است: از آن حمایت کنید.',
    },
    uk: {
      'project-proposals.closed.title': 'Прийом пропозицій завершено',
      'project-proposals.closed.body':
        'Цей бюджет приймає пропозиції лише на початку. Зараз його етап: {phase}.',
      'project-proposals.closed.to-supports': 'Переглянути пропозиції й підтримати ті, що вам до вподоби',
      'project-proposals.received.title': 'Дякуємо, вашу пропозицію отримано',
      'project-proposals.received.body': 'Ми отримали вашу пропозицію. Ось як її побачать інші.',
      'project-proposals.received.next-heading': 'Що далі',
      'project-proposals.received.next-body':
        'Місто перевіряє, чи можна втілити проєкт і скільки він коштуватиме. Рішення, а якщо проєкт неможливий — і причину, ви знайдете у своїх сповіщеннях.',
      'project-proposals.received.to-cycle': 'Повернутися до бюджету',
      'project-proposals.supports.title': 'Пропозиції',
      'project-proposals.supports.intro-open':
        'Підтримайте пропозиції, які ви хотіли б бачити в бюлетені. Публічна лише кількість підтримок, а не імена тих, хто їх дав.',
      'project-proposals.supports.intro-closed':
        'Усі пропозиції до цього бюджету з кількістю отриманих підтримок.',
      'project-proposals.supports.propose': 'Запропонувати проєкт',
      'project-proposals.supports.none': 'Пропозицій ще немає.',
      'project-proposals.supports.count': 'Підтримок: {count}',
      'project-proposals.supports.support': 'Підтримати',
      'project-proposals.supports.withdraw': 'Відкликати підтримку',
      'project-proposals.supports.yours': 'Ви підтримуєте цю пропозицію.',
      'project-proposals.supports.sign-in': 'Увійдіть, щоб підтримувати пропозиції',
      'project-proposals.supports.refused': 'Вашу підтримку не зараховано',
      'project-proposals.supports.refused.not-eligible':
        'Підтримувати пропозиції можуть лише мешканці, які мають право голосувати в цьому бюджеті.',
      'project-proposals.supports.refused.closed': 'На цьому етапі бюджет не приймає підтримок.',
      'project-proposals.supports.refused.merged': 'Цю пропозицію об’єднано з іншою: підтримайте ту.',
    },
    fr: {
      'project-proposals.closed.title': 'Les propositions sont closes',
      'project-proposals.closed.body':
        'Ce budget ne reçoit des propositions qu’à son début. Il en est maintenant à cette étape : {phase}.',
      'project-proposals.closed.to-supports': 'Voir les propositions et soutenir celles que vous voulez',
      'project-proposals.received.title': 'Merci, votre proposition est bien arrivée',
      'project-proposals.received.body':
        'Nous avons reçu votre proposition. La voici telle que les autres la verront.',
      'project-proposals.received.next-heading': 'La suite',
      'project-proposals.received.next-body':
        'La ville vérifie si le projet est réalisable et ce qu’il coûterait. Vous trouverez la décision, et la raison s’il n’est pas réalisable, dans vos notifications.',
      'project-proposals.received.to-cycle': 'Retour au budget',
      'project-proposals.supports.title': 'Propositions',
      'project-proposals.supports.intro-open':
        'Soutenez les propositions que vous aimeriez voir sur le bulletin. Seul le nombre de soutiens est public, jamais qui les a donnés.',
      'project-proposals.supports.intro-closed':
        'Toutes les propositions faites pour ce budget, avec les soutiens reçus.',
      'project-proposals.supports.propose': 'Proposer un projet',
      'project-proposals.supports.none': 'Pas encore de propositions.',
      'project-proposals.supports.count': 'Soutiens : {count}',
      'project-proposals.supports.support': 'Soutenir',
      'project-proposals.supports.withdraw': 'Retirer mon soutien',
      'project-proposals.supports.yours': 'Vous soutenez cette proposition.',
      'project-proposals.supports.sign-in': 'Connectez-vous pour soutenir des propositions',
      'project-proposals.supports.refused': 'Votre soutien n’a pas été enregistré',
      'project-proposals.supports.refused.not-eligible':
        'Seuls les habitants qui peuvent voter dans ce budget peuvent soutenir ses propositions.',
      'project-proposals.supports.refused.closed': 'Ce budget ne reçoit pas de soutiens à cette étape.',
      'project-proposals.supports.refused.merged':
        'Cette proposition a été fusionnée avec une autre : soutenez plutôt celle-là.',
    },
  },
);
