import { AGE_BANDS } from '@commonplan/kernel';
import { html, type SafeHtml } from '../kit/html';
import { errorSummary, field, type FormErrors } from '../kit/forms';
import { directionOf, type Language } from '../kit/languages';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import { checkboxGroup, languageChoices, selectField } from '../office/office-fields';

export interface BatchAsked {
  readonly size: string;
  readonly district: string;
  readonly ageBand: string;
  readonly languages: readonly Language[];
}

export const batchForm = (page: PageContext, asked: BatchAsked, errors: FormErrors): SafeHtml =>
  layout(page, {
    title: page.t('access-code-letters.title'),
    main: html`<h1>${page.t('access-code-letters.title')}</h1>
      <p>${page.t('access-code-letters.intro')}</p>
      ${errorSummary(page, errors)}
      <form method="post" action="${page.href('/office/access-codes')}" novalidate>
        ${field(errors, {
          name: 'size',
          label: page.t('access-code-letters.size'),
          hint: page.t('access-code-letters.size.hint'),
          type: 'number',
          inputmode: 'numeric',
          value: asked.size,
          required: true,
        })}
        ${field(errors, {
          name: 'district',
          label: page.t('access-code-letters.district'),
          hint: page.t('access-code-letters.district.hint'),
          value: asked.district,
        })}
        ${selectField(errors, {
          name: 'ageBand',
          label: page.t('access-code-letters.age-band'),
          hint: page.t('access-code-letters.age-band.hint'),
          value: asked.ageBand,
          choices: [
            { value: '', label: page.t('access-code-letters.age-band.any') },
            ...AGE_BANDS.map((band) => ({ value: band, label: band })),
          ],
        })}
        ${checkboxGroup(errors, {
          name: 'languages',
          legend: page.t('access-code-letters.languages'),
          hint: page.t('access-code-letters.languages.hint'),
          choices: languageChoices(page),
          values: asked.languages,
        })}
        <button type="submit">${page.t('access-code-letters.submit')}</button>
      </form>`,
  });

export interface LetterBatch {
  readonly asked: BatchAsked;
  readonly codes: readonly string[];
  readonly signInAddress: (language: Language) => string;
  /** The letter's text in a language of the letter, whatever language the officer reads. */
  readonly say: (language: Language, key: string) => string;
}

/** One language's part of a letter, marked with its language so it is read and printed right. */
const letterPart = (batch: LetterBatch, language: Language): SafeHtml => {
  const say = (key: string) => batch.say(language, key);
  return html`<div class="letter-part" lang="${language}" dir="${directionOf(language)}">
    <h3>${say('access-code-letters.letter.title')}</h3>
    <p>${say('access-code-letters.letter.intro')}</p>
    <ol>
      <li>
        ${say('access-code-letters.letter.step-address')}
        <bdi class="receipt" dir="ltr">${batch.signInAddress(language)}</bdi>
      </li>
      <li>${say('access-code-letters.letter.step-code')}</li>
      <li>${say('access-code-letters.letter.step-done')}</li>
    </ol>
    <p>${say('access-code-letters.letter.private')}</p>
  </div>`;
};

const letter = (page: PageContext, batch: LetterBatch, code: string, index: number): SafeHtml =>
  html`<section class="letter" aria-labelledby="letter-${index}">
    <h2 id="letter-${index}" class="meta">
      ${page.t('access-code-letters.letter.number', {
        number: page.format.number(index + 1),
        count: page.format.number(batch.codes.length),
      })}
    </h2>
    <p class="letter-code">
      ${batch.asked.languages.map(
        (language) =>
          html`<span lang="${language}" dir="${directionOf(language)}"
            >${batch.say(language, 'access-code-letters.letter.code')}</span
          > `,
      )}
      <strong class="receipt" dir="ltr">${code}</strong>
    </p>
    ${batch.asked.languages.map((language) => letterPart(batch, language))}
  </section>`;

/**
 * The codes exist in clear only in this response: the API keeps their digests. The officer is told
 * so before anything else, and told how to print, one letter a page.
 */
export const lettersPage = (page: PageContext, batch: LetterBatch): SafeHtml =>
  layout(page, {
    title: page.t('access-code-letters.letters.title'),
    main: html`<h1>${page.t('access-code-letters.letters.title')}</h1>
      <div class="status no-print" role="status">
        <p>
          ${page.t('access-code-letters.issued', { count: batch.codes.length })}
          ${
            batch.asked.district &&
            html`${page.t('access-code-letters.issued.district')}
              <span dir="auto">${batch.asked.district}</span>`
          }
        </p>
        <p><strong>${page.t('access-code-letters.shown-once')}</strong></p>
        <p>${page.t('access-code-letters.print')}</p>
      </div>
      ${batch.codes.map((code, index) => letter(page, batch, code, index))}
      <p class="no-print">
        <a href="${page.href('/office/access-codes')}">${page.t('access-code-letters.again')}</a>
      </p>`,
  });
