import { mkdirSync } from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; `npx playwright install` cannot download a browser on the CI machines. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/** WCAG 2.1 A and AA, what EN 301 549 asks of public-sector sites. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core's findings on the page as it is now. Evaluated through the DevTools protocol, so the
 * site's content security policy, which refuses inline scripts, stays as strict as in production.
 */
export const axeViolations = async (page: Page): Promise<AxeViolation[]> => {
  await page.evaluate(axe.source);
  const found = await page.evaluate(async (tags) => {
    const page = globalThis as unknown as { axe: typeof axe; document: unknown };
    return (await page.axe.run(page.document as never, { runOnly: { type: 'tag', values: tags } }))
      .violations;
  }, WCAG_21_AA);
  return found.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
};

const SCREENSHOTS = path.resolve(__dirname, '../screenshots');

/** A full-page picture under test/screenshots/, named like `voting-ar.png`, for people to look at. */
export const saveScreenshot = async (page: Page, name: string): Promise<string> => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
};

/** The page's own objects the focus checks read, typed here: the tests run in Node, without the DOM's types. */
interface FocusInPage {
  readonly document: { readonly activeElement: { matches(selector: string): boolean } | null };
  getComputedStyle(element: unknown): { readonly outlineStyle: string; readonly outlineWidth: string };
}

/** Focus is on `selector` and can be seen: an outline that is drawn and has a width. */
export const expectVisibleFocusOn = async (page: Page, selector: string): Promise<void> => {
  const focus = await page.evaluate((wanted) => {
    const inPage = globalThis as unknown as FocusInPage;
    const element = inPage.document.activeElement;
    const style = element ? inPage.getComputedStyle(element) : undefined;
    return {
      on: element?.matches(wanted) ?? false,
      outline: style?.outlineStyle,
      width: style?.outlineWidth,
    };
  }, selector);
  expect(focus.on).toBe(true);
  expect(focus.outline).not.toBe('none');
  expect(focus.width).not.toBe('0px');
};

/** Presses Tab, as a keyboard user would, until `selector` has the focus, then checks it shows. */
export const tabTo = async (page: Page, selector: string): Promise<void> => {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate(
      (wanted) => (globalThis as unknown as FocusInPage).document.activeElement?.matches(wanted) ?? false,
      selector,
    );
    if (reached) return expectVisibleFocusOn(page, selector);
  }
  throw new Error(`Tab never reached ${selector}`);
};
