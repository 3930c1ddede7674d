import type { MailMessage } from '../port/mailer';

// Long enough that the subject is folded over several encoded words and the body over several lines.
export const inArabic: MailMessage = {
  to: 'layla.mansour@city.example',
  subject: 'رابط تسجيل الدخول إلى منصة المشاركة في مدينتكم: صالح لمدة خمس عشرة دقيقة فقط',
  text:
    'افتح هذا الرابط خلال 15 دقيقة لتسجيل الدخول والمشاركة في التشاور حول خطة الأحياء الجديدة: ' +
    '/sign-in/email#Zm9vYmFy\nإذا لم تطلبه، فتجاهل هذه الرسالة.',
  html: '<p dir="rtl" lang="ar">افتح <a href="/sign-in/email#Zm9vYmFy">هذا الرابط</a> خلال 15 دقيقة.</p>',
  language: 'ar',
};

export const inUkrainian: MailMessage = {
  to: 'oksana.kovalenko@city.example',
  subject: 'Ваш коментар до плану розвитку району отримав відповідь міської ради — подивіться',
  text:
    'Дякуємо за ваш коментар. Міська рада відповіла на нього та змінила захід 12 плану: ' +
    'тепер він передбачає безкоштовні курси мови для всіх мешканців. Відповідь — на сторінці консультації.',
  language: 'uk',
};

/** Not one mailbox each: a list, a header smuggled in, a display name, nothing at all. */
export const notOneMailbox = [
  'layla.mansour@city.example, someone@elsewhere.example',
  'layla.mansour@city.example\r\nBcc: someone@elsewhere.example',
  'Layla <layla.mansour@city.example>',
  'layla.mansour',
  '',
];
