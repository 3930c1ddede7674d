import { defineMessages } from '../kit/messages';

export const homeMessages = defineMessages(
  {
    'home.title': 'Have your say in your city',
    'home.intro':
      'Vote on projects for your neighbourhood and comment on the city’s plans, in your language. Everyone who lives here may take part, whatever their nationality or status.',
    'home.budgets': 'Vote on projects in the participatory budget',
    'home.consultations': 'Read draft plans and comment on them',
  },
  {
    ar: {
      'home.title': 'شارك برأيك في مدينتك',
      'home.intro':
        'صوّت على مشاريع حيّك وعلّق على خطط المدينة بلغتك. يمكن لكل من يعيش هنا المشاركة، أيًّا كانت جنسيته أو وضعه.',
      'home.budgets': 'صوّت على مشاريع الميزانية التشاركية',
      'home.consultations': 'اقرأ مسودات الخطط وعلّق عليها',
    },
    fa: {
      'home.title': 'در شهر خود نظر بدهید',
      'home.intro':
        'به زبان خودتان به پروژه‌های محله‌تان رأی دهید و دربارهٔ برنامه‌های شهر نظر بنویسید. هر کس اینجا زندگی می‌کند، با هر تابعیت یا وضعیتی، می‌تواند شرکت کند.',
      'home.budgets': 'به پروژه‌های بودجهٔ مشارکتی رأی دهید',
      'home.consultations': 'پیش‌نویس برنامه‌ها را بخوانید و نظر بدهید',
    },
    uk: {
      'home.title': 'Висловіться про своє місто',
      'home.intro':
        'Голосуйте за проєкти для свого району й коментуйте плани міста своєю мовою. Брати участь може кожен, хто тут живе, незалежно від громадянства чи статусу.',
      'home.budgets': 'Голосувати за проєкти бюджету участі',
      'home.consultations': 'Читати проєкти планів і коментувати їх',
    },
    fr: {
      'home.title': 'Donnez votre avis sur votre ville',
      'home.intro':
        'Votez pour des projets de votre quartier et commentez les plans de la ville, dans votre langue. Toute personne qui vit ici peut participer, quels que soient sa nationalité ou son statut.',
      'home.budgets': 'Voter pour les projets du budget participatif',
      'home.consultations': 'Lire les projets de plans et les commenter',
    },
  },
);
