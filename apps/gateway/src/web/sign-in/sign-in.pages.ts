import { html, type SafeHtml } from '../kit/html';
import { errorSummary, field, type FormErrors } from '../kit/forms';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';

const nextField = (next: string | undefined): SafeHtml | undefined =>
  next ? html`<input type="hidden" name="next" value="${next}" />` : undefined;

export const signInPage = (
  page: PageContext,
  options: {
    readonly errors: FormErrors;
    readonly form?: 'access-code' | 'email';
    readonly email?: string;
    readonly next?: string;
  },
): SafeHtml =>
  layout(page, {
    title: page.t('sign-in.title'),
    main: html` <h1>${page.t('sign-in.title')}</h1>
      <p>${page.t('sign-in.intro')}</p>
      ${errorSummary(page, options.errors)}
      <section aria-labelledby="access-code-heading" class="panel">
        <h2 id="access-code-heading">${page.t('sign-in.access-code.heading')}</h2>
        <form method="post" action="${page.href('/sign-in/access-code')}" novalidate>
          ${nextField(options.next)}
          ${field(options.form === 'access-code' ? options.errors : { byField: new Map(), general: [] }, {
            name: 'code',
            label: page.t('sign-in.access-code.label'),
            hint: page.t('sign-in.access-code.hint'),
            autocomplete: 'one-time-code',
            required: true,
          })}
          <button type="submit">${page.t('sign-in.access-code.submit')}</button>
        </form>
      </section>
      <section aria-labelledby="email-heading" class="panel">
        <h2 id="email-heading">${page.t('sign-in.email.heading')}</h2>
        <form method="post" action="${page.href('/sign-in/email-link')}" novalidate>
          ${field(options.form === 'email' ? options.errors : { byField: new Map(), general: [] }, {
            name: 'email',
            label: page.t('sign-in.email.label'),
            hint: page.t('sign-in.email.hint'),
            type: 'email',
            autocomplete: 'email',
            value: options.email,
            required: true,
          })}
          <button type="submit">${page.t('sign-in.email.submit')}</button>
        </form>
      </section>
      <p><a href="${page.href('/office/sign-in')}">${page.t('sign-in.staff-link')}</a></p>`,
  });

export const emailSentPage = (page: PageContext): SafeHtml =>
  layout(page, {
    title: page.t('sign-in.email.sent.title'),
    main: html`<h1>${page.t('sign-in.email.sent.title')}</h1>
      <p role="status">${page.t('sign-in.email.sent.body')}</p>`,
  });

/** The link in the mail carries its token after `#`, which never reaches a server log; a script copies it into the form. */
export const emailLinkPage = (page: PageContext, errors: FormErrors): SafeHtml =>
  layout(page, {
    title: page.t('sign-in.email.redeem.title'),
    scripts: ['sign-in.js'],
    main: html`<h1>${page.t('sign-in.email.redeem.title')}</h1>
      ${errorSummary(page, errors)}
      <form method="post" action="${page.href('/sign-in/email')}" novalidate data-link-token>
        ${field(errors, {
          name: 'token',
          label: page.t('sign-in.email.redeem.label'),
          hint: page.t('sign-in.email.redeem.hint'),
          autocomplete: 'off',
          required: true,
        })}
        <button type="submit">${page.t('sign-in.email.redeem.submit')}</button>
      </form>`,
  });

export const staffSignInPage = (page: PageContext, errors: FormErrors, username?: string): SafeHtml =>
  layout(page, {
    title: page.t('sign-in.staff.title'),
    main: html`<h1>${page.t('sign-in.staff.title')}</h1>
      ${errorSummary(page, errors)}
      <form method="post" action="${page.href('/office/sign-in')}" novalidate>
        ${field(errors, { name: 'username', label: page.t('sign-in.staff.username'), autocomplete: 'username', value: username, required: true })}
        ${field(errors, { name: 'password', label: page.t('sign-in.staff.password'), type: 'password', autocomplete: 'current-password', required: true })}
        ${field(errors, {
          name: 'totp',
          label: page.t('sign-in.staff.totp'),
          hint: page.t('sign-in.staff.totp-hint'),
          inputmode: 'numeric',
          autocomplete: 'one-time-code',
          required: true,
        })}
        <button type="submit">${page.t('sign-in.staff.submit')}</button>
      </form>`,
  });
