/**
 * A BCP 47 language tag as residents' languages need it: `ar`, `fa`, `uk`, `pt-BR`, `sr-Latn`.
 * Content is kept in several languages with the original marked, so every text names its language.
 */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
