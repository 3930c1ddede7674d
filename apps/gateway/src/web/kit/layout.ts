import { html, type Markup, type SafeHtml } from './html';
import { ENDONYMS, LANGUAGES } from './languages';
import type { PageContext } from './page-context';

export interface PageParts {
  /** The page's own name; the document title adds the site's. */
  readonly title: string;
  readonly main: Markup;
  /** Files under /assets/ this page enhances itself with; the page works without them. */
  readonly scripts?: readonly string[];
}

const navigation = (page: PageContext): SafeHtml =>
  html` <nav class="site-nav" aria-label="${page.t('layout.nav.label')}">
    <ul>
      <li><a href="${page.href('/budgets')}">${page.t('layout.nav.budgets')}</a></li>
      <li><a href="${page.href('/consultations')}">${page.t('layout.nav.consultations')}</a></li>
      ${page.isResident && html`<li><a href="${page.href('/me')}">${page.t('layout.nav.me')}</a></li>`}
      ${page.isStaff && html`<li><a href="${page.href('/office')}">${page.t('layout.nav.office')}</a></li>`}
    </ul>
  </nav>`;

const account = (page: PageContext): SafeHtml =>
  page.signedIn
    ? html`<form method="post" action="${page.href('/sign-out')}" class="account">
        <button type="submit" class="link-button">${page.t('layout.sign-out')}</button>
      </form>`
    : html`<a class="account" href="${page.href('/sign-in')}">${page.t('layout.sign-in')}</a>`;

const languageSwitcher = (page: PageContext): SafeHtml =>
  html` <nav class="languages" aria-label="${page.t('layout.languages.label')}">
    <ul>
      ${LANGUAGES.map((language) =>
        language === page.language
          ? html`<li>
              <a href="${page.hrefIn(language)}" aria-current="true" lang="${language}" hreflang="${language}"
                >${ENDONYMS[language]}</a
              >
            </li>`
          : html`<li>
              <a href="${page.hrefIn(language)}" lang="${language}" hreflang="${language}"
                >${ENDONYMS[language]}</a
              >
            </li>`,
      )}
    </ul>
  </nav>`;

/** The whole document around a page: language and direction, skip link, header, footer. */
export const layout = (page: PageContext, parts: PageParts): SafeHtml =>
  html`<!doctype html>
    <html lang="${page.language}" dir="${page.direction}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${parts.title} · ${page.t('layout.site-name')}</title>
        <link rel="stylesheet" href="/assets/site.css" />
        ${(parts.scripts ?? []).map((script) => html`<script src="/assets/${script}" defer></script>`)}
      </head>
      <body>
        <a class="skip-link" href="#main">${page.t('layout.skip')}</a>
        <header class="site-header">
          <a class="brand" href="${page.href('/')}">${page.t('layout.site-name')}</a>
          ${navigation(page)} ${account(page)} ${languageSwitcher(page)}
        </header>
        <main id="main" tabindex="-1">${parts.main}</main>
        <footer class="site-footer"><p>${page.t('layout.footer')}</p></footer>
      </body>
    </html>`;
