import { defineMessages } from '../kit/messages';

/** The results page: what was funded and by which rule. */
export const resultsMessages = defineMessages(
  {
    'budget-outcomes.results.title': 'Results of the vote',
    'budget-outcomes.results.preview':
      'Preview for officers: these results are not published yet and may still change.',
    'budget-outcomes.results.not-published-title': 'Results not yet published',
    'budget-outcomes.results.not-published-body':
      'The votes of this budget have not been counted and published yet. The results will appear here as soon as the city publishes them, with the list of every counted ballot so you can check yours.',
    'budget-outcomes.results.rule-heading': 'How the winning projects were chosen',
    'budget-outcomes.results.rule.greedy':
      'The projects with the most votes were funded first. Going down the list, each project was funded if the money still left covered its cost; a project that cost more than what was left was skipped, and the next one was tried.',
    'budget-outcomes.results.rule.greedy-threshold':
      'Only projects that reached at least {threshold, plural, one {# point} other {# points}} could be funded. Among them, the ones with the most votes were funded first, as long as the money still left covered their cost.',
    'budget-outcomes.results.rule.mes':
      'The Method of Equal Shares: the budget was split into equal shares, one for each voter. A project was funded when the people who voted for it could pay for it together out of their shares, the project costing each of them least going first. This way every group of voters gets projects in proportion to its size, not only the largest group.',
    'budget-outcomes.results.tie-break':
      'When two projects were level, this rule decided (as the count recorded it):',
    'budget-outcomes.results.city-wide': 'Whole city',
    'budget-outcomes.results.budget': 'Budget',
    'budget-outcomes.results.ballots': 'Ballots counted',
    'budget-outcomes.results.funded-total': 'Funded',
    'budget-outcomes.results.funded-total-value': '{amount} · projects: {count}',
    'budget-outcomes.results.left-over': 'Left over',
    'budget-outcomes.results.over-budget': 'Over the budget by',
    'budget-outcomes.results.table-caption': 'Projects in {part}, most votes first',
    'budget-outcomes.results.project': 'Project',
    'budget-outcomes.results.votes': 'Votes',
    'budget-outcomes.results.score': 'Points',
    'budget-outcomes.results.cost': 'Cost',
    'budget-outcomes.results.outcome': 'Outcome',
    'budget-outcomes.results.funded': 'Funded',
    'budget-outcomes.results.not-funded': 'Not funded',
    'budget-outcomes.results.funded-by-override': 'Funded by a decision of the city (see below)',
  },
  {
    ar: {
      'budget-outcomes.results.title': 'نتائج التصويت',
      'budget-outcomes.results.preview': 'معاينة للموظفين: هذه النتائج لم تُنشر بعد وقد تتغير.',
      'budget-outcomes.results.not-published-title': 'النتائج لم تُنشر بعد',
      'budget-outcomes.results.not-published-body':
        'لم تُفرز أصوات هذه الميزانية ولم تُنشر نتائجها بعد. ستظهر النتائج هنا حالما تنشرها المدينة، مع قائمة بكل ورقة اقتراع محسوبة لتتحقق من ورقتك.',
      'budget-outcomes.results.rule-heading': 'كيف اختيرت المشاريع الفائزة',
      'budget-outcomes.results.rule.greedy':
        'مُوّلت المشاريع الحاصلة على أكثر الأصوات أولًا. ونزولًا في القائمة، مُوّل كل مشروع إذا كان المال المتبقي يغطي كلفته؛ وتُخطّي المشروع الذي تزيد كلفته على المتبقي، وجُرّب المشروع التالي.',
      'budget-outcomes.results.rule.greedy-threshold':
        'لم يكن ممكنًا تمويل إلا المشاريع التي بلغت {threshold, plural, zero {# نقطة} one {نقطة واحدة} two {نقطتين} few {# نقاط} many {# نقطة} other {# نقطة}} على الأقل. ومن بينها مُوّلت الحاصلة على أكثر الأصوات أولًا، ما دام المال المتبقي يغطي كلفتها.',
      'budget-outcomes.results.rule.mes':
        'طريقة الحصص المتساوية: قُسّمت الميزانية حصصًا متساوية، حصة لكل ناخب. ومُوّل المشروع حين استطاع من صوّتوا له أن يدفعوا كلفته معًا من حصصهم، وبدأنا بالمشروع الأقل كلفة على كل واحد منهم. وهكذا تنال كل مجموعة من الناخبين مشاريع بقدر حجمها، لا المجموعة الكبرى وحدها.',
      'budget-outcomes.results.tie-break': 'حين تعادل مشروعان، حسمت هذه القاعدة الأمر (كما سجّلها الفرز):',
      'budget-outcomes.results.city-wide': 'المدينة كلها',
      'budget-outcomes.results.budget': 'الميزانية',
      'budget-outcomes.results.ballots': 'أوراق الاقتراع المحسوبة',
      'budget-outcomes.results.funded-total': 'المموَّل',
      'budget-outcomes.results.funded-total-value': '{amount} · عدد المشاريع: {count}',
      'budget-outcomes.results.left-over': 'المتبقي',
      'budget-outcomes.results.over-budget': 'تجاوز الميزانية بمقدار',
      'budget-outcomes.results.table-caption': 'المشاريع في {part}، الأكثر أصواتًا أولًا',
      'budget-outcomes.results.project': 'المشروع',
      'budget-outcomes.results.votes': 'الأصوات',
      'budget-outcomes.results.score': 'النقاط',
      'budget-outcomes.results.cost': 'الكلفة',
      'budget-outcomes.results.outcome': 'النتيجة',
      'budget-outcomes.results.funded': 'مموَّل',
      'budget-outcomes.results.not-funded': 'غير مموَّل',
      'budget-outcomes.results.funded-by-override': 'مموَّل بقرار من المدينة (انظر أدناه)',
    },
    fa: {
      'budget-outcomes.results.title': 'نتایج رأی‌گیری',
      'budget-outcomes.results.preview':
        'پیش‌نمایش برای کارکنان: این نتایج هنوز منتشر نشده و ممکن است تغییر کند.',
      'budget-outcomes.results.not-published-title': 'نتایج هنوز منتشر نشده است',
      'budget-outcomes.results.not-published-body':
        'آرای این بودجه هنوز شمرده و منتشر نشده است. نتایج به محض انتشار از سوی شهر اینجا نمایش داده می‌شود، همراه با فهرست همهٔ برگه‌های رأی شمرده‌شده تا بتوانید برگهٔ خود را بررسی کنید.',
      'budget-outcomes.results.rule-heading': 'پروژه‌های برنده چگونه انتخاب شدند',
      'budget-outcomes.results.rule.greedy':
        'پروژه‌هایی که بیشترین رأی را داشتند اول تأمین مالی شدند. در ادامهٔ فهرست، هر پروژه اگر پول باقی‌مانده هزینه‌اش را می‌پوشاند تأمین شد؛ پروژه‌ای که هزینه‌اش بیش از باقی‌مانده بود کنار گذاشته شد و پروژهٔ بعدی بررسی شد.',
      'budget-outcomes.results.rule.greedy-threshold':
        'فقط پروژه‌هایی که دست‌کم {threshold, plural, one {#} other {#}} امتیاز گرفتند می‌توانستند تأمین شوند. از میان آن‌ها، پروژه‌های با رأی بیشتر اول تأمین شدند، تا وقتی پول باقی‌مانده هزینه‌شان را می‌پوشاند.',
      'budget-outcomes.results.rule.mes':
        'روش سهم‌های برابر: بودجه به سهم‌های برابر تقسیم شد، یک سهم برای هر رأی‌دهنده. پروژه‌ای تأمین شد که رأی‌دهندگانش می‌توانستند با هم از سهم‌های خود هزینه‌اش را بپردازند؛ پروژه‌ای که برای هر نفر کمترین هزینه را داشت اول آمد. به این ترتیب هر گروه از رأی‌دهندگان به اندازهٔ خودش پروژه می‌گیرد، نه فقط بزرگ‌ترین گروه.',
      'budget-outcomes.results.tie-break':
        'وقتی دو پروژه برابر بودند، این قاعده تصمیم گرفت (همان‌طور که شمارش ثبت کرده):',
      'budget-outcomes.results.city-wide': 'کل شهر',
      'budget-outcomes.results.budget': 'بودجه',
      'budget-outcomes.results.ballots': 'برگه‌های رأی شمرده‌شده',
      'budget-outcomes.results.funded-total': 'تأمین‌شده',
      'budget-outcomes.results.funded-total-value': '{amount} · تعداد پروژه‌ها: {count}',
      'budget-outcomes.results.left-over': 'باقی‌مانده',
      'budget-outcomes.results.over-budget': 'بیش از بودجه به میزان',
      'budget-outcomes.results.table-caption': 'پروژه‌های {part}، به ترتیب بیشترین رأی',
      'budget-outcomes.results.project': 'پروژه',
      'budget-outcomes.results.votes': 'رأی‌ها',
      'budget-outcomes.results.score': 'امتیاز',
      'budget-outcomes.results.cost': 'هزینه',
      'budget-outcomes.results.outcome': 'نتیجه',
      'budget-outcomes.results.funded': 'تأمین شد',
      'budget-outcomes.results.not-funded': 'تأمین نشد',
      'budget-outcomes.results.funded-by-override': 'با تصمیم شهر تأمین شد (پایین را ببینید)',
    },
    uk: {
      'budget-outcomes.results.title': 'Результати голосування',
      'budget-outcomes.results.preview':
        'Попередній перегляд для працівників: ці результати ще не оприлюднені й можуть змінитися.',
      'budget-outcomes.results.not-published-title': 'Результати ще не оприлюднені',
      'budget-outcomes.results.not-published-body':
        'Голоси цього бюджету ще не підраховано й не оприлюднено. Результати з’являться тут, щойно місто їх оприлюднить, разом зі списком усіх зарахованих бюлетенів, щоб ви могли перевірити свій.',
      'budget-outcomes.results.rule-heading': 'Як обрали проєкти-переможці',
      'budget-outcomes.results.rule.greedy':
        'Першими фінансували проєкти з найбільшою кількістю голосів. Далі за списком кожен проєкт фінансували, якщо решта грошей покривала його вартість; проєкт, дорожчий за залишок, пропускали й розглядали наступний.',
      'budget-outcomes.results.rule.greedy-threshold':
        'Фінансувати можна було лише проєкти, що набрали щонайменше {threshold, plural, one {# бал} few {# бали} many {# балів} other {# бала}}. Серед них першими фінансували ті, що мали найбільше голосів, доки решта грошей покривала їхню вартість.',
      'budget-outcomes.results.rule.mes':
        'Метод рівних часток: бюджет поділили на рівні частки, по одній на кожного виборця. Проєкт фінансували, коли ті, хто за нього голосував, могли разом оплатити його зі своїх часток; першим ішов проєкт, що коштував кожному з них найменше. Так кожна група виборців отримує проєкти відповідно до свого розміру, а не лише найбільша.',
      'budget-outcomes.results.tie-break':
        'Коли два проєкти мали рівний результат, вирішило це правило (як його записав підрахунок):',
      'budget-outcomes.results.city-wide': 'Усе місто',
      'budget-outcomes.results.budget': 'Бюджет',
      'budget-outcomes.results.ballots': 'Зараховано бюлетенів',
      'budget-outcomes.results.funded-total': 'Профінансовано',
      'budget-outcomes.results.funded-total-value': '{amount} · проєктів: {count}',
      'budget-outcomes.results.left-over': 'Залишок',
      'budget-outcomes.results.over-budget': 'Перевищення бюджету на',
      'budget-outcomes.results.table-caption': 'Проєкти: {part}, спершу ті, що мають найбільше голосів',
      'budget-outcomes.results.project': 'Проєкт',
      'budget-outcomes.results.votes': 'Голоси',
      'budget-outcomes.results.score': 'Бали',
      'budget-outcomes.results.cost': 'Вартість',
      'budget-outcomes.results.outcome': 'Результат',
      'budget-outcomes.results.funded': 'Профінансовано',
      'budget-outcomes.results.not-funded': 'Не профінансовано',
      'budget-outcomes.results.funded-by-override': 'Профінансовано рішенням міста (див. нижче)',
    },
    fr: {
      'budget-outcomes.results.title': 'Résultats du vote',
      'budget-outcomes.results.preview':
        'Aperçu pour le personnel : ces résultats ne sont pas encore publiés et peuvent encore changer.',
      'budget-outcomes.results.not-published-title': 'Résultats pas encore publiés',
      'budget-outcomes.results.not-published-body':
        'Les votes de ce budget n’ont pas encore été dépouillés et publiés. Les résultats apparaîtront ici dès que la ville les publiera, avec la liste de tous les bulletins comptés pour que vous puissiez vérifier le vôtre.',
      'budget-outcomes.results.rule-heading': 'Comment les projets lauréats ont été choisis',
      'budget-outcomes.results.rule.greedy':
        'Les projets ayant reçu le plus de voix ont été financés en premier. En descendant la liste, chaque projet a été financé si l’argent restant couvrait son coût ; un projet plus cher que ce qui restait a été passé, et le suivant a été essayé.',
      'budget-outcomes.results.rule.greedy-threshold':
        'Seuls les projets ayant atteint au moins {threshold, plural, one {# point} many {# de points} other {# points}} pouvaient être financés. Parmi eux, ceux qui avaient le plus de voix ont été financés en premier, tant que l’argent restant couvrait leur coût.',
      'budget-outcomes.results.rule.mes':
        'La méthode des parts égales : le budget a été partagé en parts égales, une par votant. Un projet a été financé quand les personnes qui avaient voté pour lui pouvaient le payer ensemble avec leurs parts, en commençant par le projet qui coûtait le moins à chacune. Ainsi chaque groupe de votants obtient des projets à la mesure de sa taille, et pas seulement le groupe le plus nombreux.',
      'budget-outcomes.results.tie-break':
        'Quand deux projets étaient à égalité, cette règle a tranché (telle que le dépouillement l’a enregistrée) :',
      'budget-outcomes.results.city-wide': 'Toute la ville',
      'budget-outcomes.results.budget': 'Budget',
      'budget-outcomes.results.ballots': 'Bulletins comptés',
      'budget-outcomes.results.funded-total': 'Financé',
      'budget-outcomes.results.funded-total-value': '{amount} · projets : {count}',
      'budget-outcomes.results.left-over': 'Reste',
      'budget-outcomes.results.over-budget': 'Dépassement du budget de',
      'budget-outcomes.results.table-caption': 'Projets – {part}, du plus voté au moins voté',
      'budget-outcomes.results.project': 'Projet',
      'budget-outcomes.results.votes': 'Voix',
      'budget-outcomes.results.score': 'Points',
      'budget-outcomes.results.cost': 'Coût',
      'budget-outcomes.results.outcome': 'Résultat',
      'budget-outcomes.results.funded': 'Financé',
      'budget-outcomes.results.not-funded': 'Non financé',
      'budget-outcomes.results.funded-by-override': 'Financé par décision de la ville (voir plus bas)',
    },
  },
);
