import { defineMessages } from '../kit/messages';

export const officeMessages = defineMessages(
  {
    'office.title': 'City office',
    'office.nothing': 'There are no office pages for your role yet.',
    'office.budgets': 'Participatory budgets',
    'office.budgets.description':
      'Open a cycle, assess projects, record paper ballots, count the votes and publish the results.',
    'office.consultations': 'Consultations',
    'office.consultations.description': 'Open consultations, answer comments and publish reports.',
    'office.access-codes': 'Access-code letters',
    'office.access-codes.description': 'Print letters with access codes for residents to sign in with.',
    'office.forbidden.title': 'Not for your role',
    'office.forbidden.body':
      'Your account does not have the role this page needs. Ask an administrator if you should have it.',
    'office.forbidden.home': 'Go to the home page',
    'office.original': 'original: {language}',
  },
  {
    ar: {
      'office.title': 'مكتب البلدية',
      'office.nothing': 'لا توجد صفحات مكتب لدورك حتى الآن.',
      'office.budgets': 'الميزانيات التشاركية',
      'office.budgets.description':
        'افتح دورة، وقيّم المشاريع، وسجّل الأوراق الانتخابية الورقية، واحسب الأصوات وانشر النتائج.',
      'office.consultations': 'الاستشارات',
      'office.consultations.description': 'افتح الاستشارات، وأجب على التعليقات، وانشر التقارير.',
      'office.access-codes': 'رسائل رموز الدخول',
      'office.access-codes.description': 'اطبع رسائل فيها رموز دخول يسجّل بها السكان الدخول.',
      'office.forbidden.title': 'ليست لدورك',
      'office.forbidden.body':
        'ليس لحسابك الدور الذي تحتاجه هذه الصفحة. اسأل مسؤول النظام إن كان ينبغي أن يكون لك.',
      'office.forbidden.home': 'الذهاب إلى الصفحة الرئيسية',
      'office.original': 'الأصل: {language}',
    },
    fa: {
      'office.title': 'دفتر شهرداری',
      'office.nothing': 'هنوز صفحه‌ای از دفتر برای نقش شما وجود ندارد.',
      'office.budgets': 'بودجه‌های مشارکتی',
      'office.budgets.description':
        'یک دوره باز کنید، پروژه‌ها را ارزیابی کنید، برگه‌های رأی کاغذی را ثبت کنید، آرا را بشمارید و نتایج را منتشر کنید.',
      'office.consultations': 'نظرخواهی‌ها',
      'office.consultations.description': 'نظرخواهی باز کنید، به نظرها پاسخ دهید و گزارش منتشر کنید.',
      'office.access-codes': 'نامه‌های کد دسترسی',
      'office.access-codes.description': 'نامه‌هایی با کد دسترسی چاپ کنید تا ساکنان با آن وارد شوند.',
      'office.forbidden.title': 'برای نقش شما نیست',
      'office.forbidden.body':
        'حساب شما نقشی را که این صفحه لازم دارد ندارد. اگر باید آن را داشته باشید، از مدیر سامانه بپرسید.',
      'office.forbidden.home': 'رفتن به صفحهٔ اصلی',
      'office.original': 'زبان اصلی: {language}',
    },
    uk: {
      'office.title': 'Міський офіс',
      'office.nothing': 'Для вашої ролі ще немає сторінок офісу.',
      'office.budgets': 'Бюджети участі',
      'office.budgets.description':
        'Відкрийте цикл, оцініть проєкти, внесіть паперові бюлетені, підрахуйте голоси й опублікуйте результати.',
      'office.consultations': 'Консультації',
      'office.consultations.description':
        'Відкривайте консультації, відповідайте на коментарі й публікуйте звіти.',
      'office.access-codes': 'Листи з кодами доступу',
      'office.access-codes.description': 'Друкуйте листи з кодами доступу, з якими мешканці входять на сайт.',
      'office.forbidden.title': 'Не для вашої ролі',
      'office.forbidden.body':
        'Ваш обліковий запис не має ролі, потрібної для цієї сторінки. Зверніться до адміністратора, якщо вона має у вас бути.',
      'office.forbidden.home': 'На головну сторінку',
      'office.original': 'оригінал: {language}',
    },
    fr: {
      'office.title': 'Espace agents de la ville',
      'office.nothing': 'Il n’y a pas encore de pages pour votre rôle.',
      'office.budgets': 'Budgets participatifs',
      'office.budgets.description':
        'Ouvrir un cycle, évaluer les projets, saisir les bulletins papier, dépouiller et publier les résultats.',
      'office.consultations': 'Consultations',
      'office.consultations.description':
        'Ouvrir des consultations, répondre aux commentaires et publier des rapports.',
      'office.access-codes': 'Lettres de codes d’accès',
      'office.access-codes.description':
        'Imprimer des lettres avec des codes d’accès pour que les habitants se connectent.',
      'office.forbidden.title': 'Pas pour votre rôle',
      'office.forbidden.body':
        'Votre compte n’a pas le rôle que demande cette page. Demandez à un administrateur si vous devriez l’avoir.',
      'office.forbidden.home': 'Aller à l’accueil',
      'office.original': 'original : {language}',
    },
  },
);
