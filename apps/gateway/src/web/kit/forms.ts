import { html, type Markup, type SafeHtml } from './html';
import type { PageContext } from './page-context';
import type { ApiIssue, ApiProblem } from './platform-api';

/** What a refused form shows: one message per field, and a summary for what names no field. */
export interface FormErrors {
  readonly byField: ReadonlyMap<string, string>;
  readonly general: readonly string[];
}

export const NO_ERRORS: FormErrors = { byField: new Map(), general: [] };

/**
 * The API's refusal in the reader's language where the catalogue knows the rule (`problem.<rule>`),
 * else in the API's own words.
 */
export const formErrorsOf = (
  page: PageContext,
  problem: ApiProblem,
  fields: readonly string[],
  /** The field a refusal naming none is about, when the form has one obvious culprit (a code). */
  culprit?: string,
): FormErrors => {
  const byField = new Map<string, string>();
  const general: string[] = [];
  const say = (issue: ApiIssue): string => page.tOr(`problem.${issue.rule}`, issue.message);
  for (const issue of problem.errors) {
    const field = fields.find(
      (name) =>
        issue.field === name || issue.field.startsWith(`${name}.`) || issue.field.startsWith(`${name}[`),
    );
    if (field && !byField.has(field)) byField.set(field, say(issue));
    else if (!field) general.push(say(issue));
  }
  if (problem.errors.length === 0) {
    const message = page.tOr(`problem.${problem.code}`, problem.detail || page.t('form.failed'));
    if (culprit) byField.set(culprit, message);
    else general.push(message);
  }
  return { byField, general };
};

/**
 * Announced as soon as the page loads (role=alert), with a link to each field in error so a keyboard
 * or screen-reader user lands on what to fix.
 */
export const errorSummary = (page: PageContext, errors: FormErrors): Markup => {
  if (errors.byField.size === 0 && errors.general.length === 0) return undefined;
  return html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
    <h2>${page.t('form.errors-title')}</h2>
    <ul>
      ${[...errors.byField].map(([field, message]) => html`<li><a href="#field-${field}">${message}</a></li>`)}
      ${errors.general.map((message) => html`<li>${message}</li>`)}
    </ul>
  </div>`;
};

export interface FieldOptions {
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly value?: string;
  readonly type?: 'text' | 'email' | 'password' | 'number' | 'date' | 'datetime-local' | 'url';
  readonly required?: boolean;
  readonly autocomplete?: string;
  readonly inputmode?: 'numeric' | 'decimal' | 'text' | 'email';
  readonly multiline?: boolean;
  readonly lang?: string;
  readonly dir?: 'auto';
}

/** A labelled input whose hint and error are tied to it, so assistive technology reads them with it. */
export const field = (errors: FormErrors, options: FieldOptions): SafeHtml => {
  const id = `field-${options.name}`;
  const error = errors.byField.get(options.name);
  const describedBy = [options.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  const common = html`id="${id}"
  name="${options.name}"${options.required ? html` required` : ''}${
    describedBy ? html` aria-describedby="${describedBy}"` : ''
  }${error ? html` aria-invalid="true"` : ''}${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}${
    options.lang ? html` lang="${options.lang}"` : ''
  }
  dir="auto"`;
  return html`<div class="field${error ? ' field-error' : ''}">
    <label for="${id}">${options.label}</label>
    ${options.hint && html`<p class="hint" id="${id}-hint">${options.hint}</p>`}
    ${error && html`<p class="error" id="${id}-error">${error}</p>`}
    ${
      options.multiline
        ? html`<textarea ${common} rows="6">${options.value ?? ''}</textarea>`
        : html`<input
            type="${options.type ?? 'text'}"
            ${common}${options.inputmode ? html` inputmode="${options.inputmode}"` : ''}
            value="${options.value ?? ''}"
          />`
    }
  </div>`;
};
