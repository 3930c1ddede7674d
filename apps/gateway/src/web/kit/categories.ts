import type { PageContext } from './page-context';

/**
 * A project's category in the reader's language. Residents choose one from the proposal form's list,
 * whose names are in the catalogues; an officer may type another, which is shown as it was written.
 */
export const categoryName = (page: PageContext, category: string): string =>
  page.tOr(`project-proposals.category.${category}`, category);
