import { defineMessages } from '../kit/messages';

export const phaseActionMessages = defineMessages(
  {
    'budgets.action.propose': 'Propose a project',
    'budgets.action.support': 'Support the proposals you like',
    'budgets.action.results': 'See the results',
    'budgets.action.implementation': 'How the project is being carried out',
  },
  {
    ar: {
      'budgets.action.propose': 'اقترح مشروعًا',
      'budgets.action.support': 'ادعم المقترحات التي تعجبك',
      'budgets.action.results': 'اطّلع على النتائج',
      'budgets.action.implementation': 'كيف يُنفَّذ المشروع',
    },
    fa: {
      'budgets.action.propose': 'پروژه‌ای پیشنهاد دهید',
      'budgets.action.support': 'از پیشنهادهایی که دوست دارید حمایت کنید',
      'budgets.action.results': 'نتایج را ببینید',
      'budgets.action.implementation': 'پروژه چگونه اجرا می‌شود',
    },
    uk: {
      'budgets.action.propose': 'Запропонувати проєкт',
      'budgets.action.support': 'Підтримати пропозиції, які вам подобаються',
      'budgets.action.results': 'Переглянути результати',
      'budgets.action.implementation': 'Як виконується проєкт',
    },
    fr: {
      'budgets.action.propose': 'Proposer un projet',
      'budgets.action.support': 'Soutenir les propositions qui vous plaisent',
      'budgets.action.results': 'Voir les résultats',
      'budgets.action.implementation': 'Où en est la réalisation du projet',
    },
  },
);
