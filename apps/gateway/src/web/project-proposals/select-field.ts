import { html, type SafeHtml } from '../kit/html';
import type { FormErrors } from '../kit/forms';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
  /** The option's own language, when it is written in it (a language's name in that language). */
  readonly lang?: string;
}

export interface SelectOptions {
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly options: readonly SelectOption[];
}

/** A labelled list to choose one from, its hint and error tied to it as `field()` ties them to an input. */
export const selectField = (errors: FormErrors, options: SelectOptions): SafeHtml => {
  const id = `field-${options.name}`;
  const error = errors.byField.get(options.name);
  const describedBy = [options.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return html`<div class="field${error ? ' field-error' : ''}">
    <label for="${id}">${options.label}</label>
    ${options.hint && html`<p class="hint" id="${id}-hint">${options.hint}</p>`}
    ${error && html`<p class="error" id="${id}-error">${error}</p>`}
    <select
      id="${id}"
      name="${options.name}"
      ${describedBy ? html` aria-describedby="${describedBy}"` : ''}${error ? html` aria-invalid="true"` : ''}
    >
      ${options.options.map(
        (option) =>
          html`<option
            value="${option.value}"
            ${option.value === options.value ? html` selected` : ''}${
              option.lang ? html` lang="${option.lang}"` : ''
            }
          >
            ${option.label}
          </option>`,
      )}
    </select>
  </div>`;
};
