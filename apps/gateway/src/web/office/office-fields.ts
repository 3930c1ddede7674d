import { html, type SafeHtml } from '../kit/html';
import type { FormErrors } from '../kit/forms';
import { LANGUAGES } from '../kit/languages';
import { languageName, shownIn, standingWords, writtenText, type LocalizedText } from '../kit/localized-text';
import type { PageContext } from '../kit/page-context';

/** One choice of a group: what is sent, and what the reader sees. */
export interface Choice {
  readonly value: string;
  readonly label: string;
  /** Content written by people (a project title) keeps its own language. */
  readonly lang?: string;
}

interface GroupOptions {
  readonly name: string;
  readonly legend: string;
  readonly hint?: string;
  readonly choices: readonly Choice[];
}

const errorOf = (errors: FormErrors, name: string, id: string): SafeHtml | undefined => {
  const error = errors.byField.get(name);
  return error ? html`<p class="error" id="${id}-error">${error}</p>` : undefined;
};

const describedBy = (errors: FormErrors, name: string, id: string, hint?: string): string =>
  [hint && `${id}-hint`, errors.byField.has(name) && `${id}-error`].filter(Boolean).join(' ');

const labelled = (choice: Choice): SafeHtml =>
  choice.lang ? html`<span lang="${choice.lang}" dir="auto">${choice.label}</span>` : html`${choice.label}`;

/**
 * Radios or checkboxes in a fieldset whose legend names the question; the error summary links to the
 * fieldset, and each input is described by the group's hint and error.
 */
const group = (
  type: 'radio' | 'checkbox',
  errors: FormErrors,
  options: GroupOptions,
  checked: (value: string) => boolean,
): SafeHtml => {
  const id = `field-${options.name}`;
  const described = describedBy(errors, options.name, id, options.hint);
  return html`<fieldset
    id="${id}"
    tabindex="-1"
    class="${errors.byField.has(options.name) ? 'field-error' : ''}"
  >
    <legend>${options.legend}</legend>
    ${options.hint && html`<p class="hint" id="${id}-hint">${options.hint}</p>`}
    ${errorOf(errors, options.name, id)}
    ${options.choices.map(
      (choice, index) =>
        html`<div class="choice">
          <input
            type="${type}"
            id="${id}-${index}"
            name="${options.name}"
            value="${choice.value}"
            ${checked(choice.value) ? html`checked` : ''}
            ${described ? html`aria-describedby="${described}"` : ''}
          />
          <label for="${id}-${index}">${labelled(choice)}</label>
        </div>`,
    )}
  </fieldset>`;
};

export const radioGroup = (
  errors: FormErrors,
  options: GroupOptions & { readonly value?: string },
): SafeHtml => group('radio', errors, options, (value) => value === options.value);

export const checkboxGroup = (
  errors: FormErrors,
  options: GroupOptions & { readonly values: readonly string[] },
): SafeHtml => group('checkbox', errors, options, (value) => options.values.includes(value));

/** A labelled drop-down, for long lists (a cycle's projects) where radios would fill the screen. */
export const selectField = (
  errors: FormErrors,
  options: Omit<GroupOptions, 'legend'> & { readonly value?: string; readonly label: string },
): SafeHtml => {
  const id = `field-${options.name}`;
  const described = describedBy(errors, options.name, id, options.hint);
  return html`<div class="field${errors.byField.has(options.name) ? ' field-error' : ''}">
    <label for="${id}">${options.label}</label>
    ${options.hint && html`<p class="hint" id="${id}-hint">${options.hint}</p>`}
    ${errorOf(errors, options.name, id)}
    <select id="${id}" name="${options.name}" ${described ? html`aria-describedby="${described}"` : ''}>
      ${options.choices.map(
        (choice) =>
          html`<option value="${choice.value}" ${choice.value === options.value ? html`selected` : ''}>
            ${choice.label}
          </option>`,
      )}
    </select>
  </div>`;
};

/**
 * Content as people wrote it, in its own language and direction. A translation, or text in another
 * language than the reader's, carries a badge naming the language it was written in.
 */
export const content = (page: PageContext, text: LocalizedText): SafeHtml =>
  writtenText(
    page,
    shownIn(page, text),
    standingWords(
      page,
      { translation: 'office.original', 'other-language': 'office.original' },
      text.original,
    ),
  );

/** The site's languages as choices, named in the reader's language. */
export const languageChoices = (page: PageContext): Choice[] =>
  LANGUAGES.map((language) => ({ value: language, label: languageName(page, language) }));
