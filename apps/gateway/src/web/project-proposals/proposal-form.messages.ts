import { defineMessages } from '../kit/messages';

/** The proposal form: its fields and what each needs. */
export const proposalFormMessages = defineMessages(
  {
    'project-proposals.new.title': 'Propose a project',
    'project-proposals.new.intro':
      'Write in the language you are most at ease in: the city translates proposals for everyone. The city then checks whether the project can be done and what it would cost.',
    'project-proposals.new.submit': 'Send my proposal',
    'project-proposals.field.language': 'The language you write in',
    'project-proposals.field.language-hint':
      'Your title and description are kept in this language as the original.',
    'project-proposals.field.title': 'Title',
    'project-proposals.field.title-hint':
      'A short name for the project, for example “Benches along the canal”.',
    'project-proposals.field.description': 'Description',
    'project-proposals.field.description-hint': 'What should be done, where, and who would it help?',
    'project-proposals.field.category': 'Category',
    'project-proposals.field.category-choose': 'Choose a category',
    'project-proposals.field.district': 'District',
    'project-proposals.field.district-hint':
      'Where the project would be. Choose “Whole city” if it is for everyone.',
    'project-proposals.field.district-city': 'Whole city',
    'project-proposals.field.cost': 'Estimated cost',
    'project-proposals.field.cost-hint': 'In {currency}, a rough figure is fine, for example {example}.',
    'project-proposals.field.place': 'Location (optional)',
    'project-proposals.field.place-hint':
      'If the project has one place, name it. The coordinates put it on the map; you can copy them from a map app.',
    'project-proposals.field.place-name': 'Name of the place',
    'project-proposals.field.latitude': 'Latitude',
    'project-proposals.field.latitude-hint': 'A number between -90 and 90, for example 52.99.',
    'project-proposals.field.longitude': 'Longitude',
    'project-proposals.field.longitude-hint': 'A number between -180 and 180, for example 6.56.',
  },
  {
    ar: {
      'project-proposals.new.title': 'اقترح مشروعًا',
      'project-proposals.new.intro':
        'اكتب باللغة التي ترتاح إليها أكثر: تترجم المدينة الاقتراحات للجميع. ثم تتحقق المدينة من إمكانية تنفيذ المشروع ومن كلفته.',
      'project-proposals.new.submit': 'أرسل اقتراحي',
      'project-proposals.field.language': 'اللغة التي تكتب بها',
      'project-proposals.field.language-hint': 'يُحفظ العنوان والوصف بهذه اللغة على أنها اللغة الأصلية.',
      'project-proposals.field.title': 'العنوان',
      'project-proposals.field.title-hint': 'اسم قصير للمشروع، مثل «مقاعد على ضفة القناة».',
      'project-proposals.field.description': 'الوصف',
      'project-proposals.field.description-hint': 'ما الذي ينبغي فعله، وأين، ومن يستفيد منه؟',
      'project-proposals.field.category': 'الفئة',
      'project-proposals.field.category-choose': 'اختر فئة',
      'project-proposals.field.district': 'الحي',
      'project-proposals.field.district-hint': 'أين سيكون المشروع. اختر «المدينة كلها» إن كان للجميع.',
      'project-proposals.field.district-city': 'المدينة كلها',
      'project-proposals.field.cost': 'الكلفة التقديرية',
      'project-proposals.field.cost-hint': 'بعملة {currency}، ويكفي رقم تقريبي، مثل {example}.',
      'project-proposals.field.place': 'الموقع (اختياري)',
      'project-proposals.field.place-hint':
        'إن كان للمشروع مكان واحد فاذكر اسمه. الإحداثيات تضعه على الخريطة، ويمكنك نسخها من تطبيق خرائط.',
      'project-proposals.field.place-name': 'اسم المكان',
      'project-proposals.field.latitude': 'خط العرض',
      'project-proposals.field.latitude-hint': 'رقم بين -90 و90، مثل 52.99.',
      'project-proposals.field.longitude': 'خط الطول',
      'project-proposals.field.longitude-hint': 'رقم بين -180 و180، مثل 6.56.',
    },
    fa: {
      'project-proposals.new.title': 'پیشنهاد یک پروژه',
      'project-proposals.new.intro':
        'به زبانی بنویسید که با آن راحت‌ترید: شهر پیشنهادها را برای همه ترجمه می‌کند. سپس شهر بررسی می‌کند که پروژه اجراشدنی است یا نه و چه هزینه‌ای دارد.',
      'project-proposals.new.submit': 'فرستادن پیشنهاد',
      'project-proposals.field.language': 'زبانی که با آن می‌نویسید',
      'project-proposals.field.language-hint':
        'عنوان و توضیح شما به این زبان به‌عنوان متن اصلی نگه داشته می‌شود.',
      'project-proposals.field.title': 'عنوان',
      'project-proposals.field.title-hint': 'نامی کوتاه برای پروژه، مثلاً «نیمکت‌هایی کنار کانال».',
      'project-proposals.field.description': 'توضیح',
      'project-proposals.field.description-hint': 'چه کاری باید انجام شود، کجا، و به چه کسانی کمک می‌کند؟',
      'project-proposals.field.category': 'دسته',
      'project-proposals.field.category-choose': 'یک دسته انتخاب کنید',
      'project-proposals.field.district': 'محله',
      'project-proposals.field.district-hint':
        'پروژه کجا خواهد بود. اگر برای همه است «کل شهر» را انتخاب کنید.',
      'project-proposals.field.district-city': 'کل شهر',
      'project-proposals.field.cost': 'هزینهٔ تخمینی',
      'project-proposals.field.cost-hint': 'به {currency}؛ یک رقم تقریبی کافی است، مثلاً {example}.',
      'project-proposals.field.place': 'مکان (اختیاری)',
      'project-proposals.field.place-hint':
        'اگر پروژه یک مکان مشخص دارد، نامش را بنویسید. مختصات آن را روی نقشه می‌گذارد؛ می‌توانید آن را از یک برنامهٔ نقشه کپی کنید.',
      'project-proposals.field.place-name': 'نام مکان',
      'project-proposals.field.latitude': 'عرض جغرافیایی',
      'project-proposals.field.latitude-hint': 'عددی بین -90 و 90، مثلاً 52.99.',
      'project-proposals.field.longitude': 'طول جغرافیایی',
      'project-proposals.field.longitude-hint': 'عددی بین -180 و 180، مثلاً 6.56.',
    },
    uk: {
      'project-proposals.new.title': 'Запропонувати проєкт',
      'project-proposals.new.intro':
        'Пишіть мовою, якою вам найзручніше: місто перекладає пропозиції для всіх. Потім місто перевіряє, чи можна втілити проєкт і скільки він коштуватиме.',
      'project-proposals.new.submit': 'Надіслати пропозицію',
      'project-proposals.field.language': 'Мова, якою ви пишете',
      'project-proposals.field.language-hint': 'Назву й опис буде збережено цією мовою як оригінал.',
      'project-proposals.field.title': 'Назва',
      'project-proposals.field.title-hint': 'Коротка назва проєкту, наприклад «Лавки вздовж каналу».',
      'project-proposals.field.description': 'Опис',
      'project-proposals.field.description-hint': 'Що треба зробити, де й кому це допоможе?',
      'project-proposals.field.category': 'Категорія',
      'project-proposals.field.category-choose': 'Оберіть категорію',
      'project-proposals.field.district': 'Район',
      'project-proposals.field.district-hint': 'Де буде проєкт. Оберіть «Усе місто», якщо він для всіх.',
      'project-proposals.field.district-city': 'Усе місто',
      'project-proposals.field.cost': 'Орієнтовна вартість',
      'project-proposals.field.cost-hint': 'У {currency}, достатньо приблизної суми, наприклад {example}.',
      'project-proposals.field.place': 'Місце (необов’язково)',
      'project-proposals.field.place-hint':
        'Якщо проєкт має одне місце, назвіть його. Координати позначать його на мапі; їх можна скопіювати з застосунку мап.',
      'project-proposals.field.place-name': 'Назва місця',
      'project-proposals.field.latitude': 'Широта',
      'project-proposals.field.latitude-hint': 'Число від -90 до 90, наприклад 52.99.',
      'project-proposals.field.longitude': 'Довгота',
      'project-proposals.field.longitude-hint': 'Число від -180 до 180, наприклад 6.56.',
    },
    fr: {
      'project-proposals.new.title': 'Proposer un projet',
      'project-proposals.new.intro':
        'Écrivez dans la langue où vous êtes le plus à l’aise : la ville traduit les propositions pour tout le monde. Ensuite, la ville vérifie si le projet est réalisable et ce qu’il coûterait.',
      'project-proposals.new.submit': 'Envoyer ma proposition',
      'project-proposals.field.language': 'La langue dans laquelle vous écrivez',
      'project-proposals.field.language-hint':
        'Votre titre et votre description sont conservés dans cette langue comme original.',
      'project-proposals.field.title': 'Titre',
      'project-proposals.field.title-hint':
        'Un nom court pour le projet, par exemple « Des bancs le long du canal ».',
      'project-proposals.field.description': 'Description',
      'project-proposals.field.description-hint': 'Que faudrait-il faire, où, et à qui cela servirait-il ?',
      'project-proposals.field.category': 'Catégorie',
      'project-proposals.field.category-choose': 'Choisissez une catégorie',
      'project-proposals.field.district': 'Quartier',
      'project-proposals.field.district-hint':
        'Où se situerait le projet. Choisissez « Toute la ville » s’il est pour tout le monde.',
      'project-proposals.field.district-city': 'Toute la ville',
      'project-proposals.field.cost': 'Coût estimé',
      'project-proposals.field.cost-hint':
        'En {currency}, un chiffre approximatif suffit, par exemple {example}.',
      'project-proposals.field.place': 'Lieu (facultatif)',
      'project-proposals.field.place-hint':
        'Si le projet a un lieu précis, nommez-le. Les coordonnées le placent sur la carte ; vous pouvez les copier depuis une application de cartes.',
      'project-proposals.field.place-name': 'Nom du lieu',
      'project-proposals.field.latitude': 'Latitude',
      'project-proposals.field.latitude-hint': 'Un nombre entre -90 et 90, par exemple 52.99.',
      'project-proposals.field.longitude': 'Longitude',
      'project-proposals.field.longitude-hint': 'Un nombre entre -180 et 180, par exemple 6.56.',
    },
  },
);
