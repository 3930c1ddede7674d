import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchChromium, saveScreenshot } from '../support/browser';
import { startWebPlatform, type WebPlatform } from '../support/web-platform';

describe('an officer prints access-code letters and a resident signs in with a code from one', () => {
  let platform: WebPlatform;
  let browser: Browser;
  let officer: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startWebPlatform(), launchChromium()]);
    officer = await browser.newContext();
    // Any officer hands out letters, not only those of budgeting.
    await platform.signIn(officer, platform.sessionFor({ role: 'officer', context: 'consultations' }));
    page = await officer.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('asks again for what it cannot print, naming the field, before any code is issued', async () => {
    await page.goto(`${platform.baseUrl}/en/office`);
    await page.getByRole('link', { name: 'Access-code letters' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Number of letters').fill('2000');
    await page.getByLabel('English').uncheck();
    await page.getByRole('button', { name: 'Generate the codes and show the letters' }).click();
    const alert = await page.getByRole('alert').textContent();
    expect(alert).toContain('Enter a whole number of letters from 1 to 1000.');
    expect(alert).toContain('Tick at least one language for the letter.');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the codes once, one letter a printed page, in the languages chosen', async () => {
    await page.goto(`${platform.baseUrl}/en/office/access-codes`);
    await page.getByLabel('Number of letters').fill('2');
    await page.getByLabel('District (optional)').fill('North');
    await page.getByLabel('Arabic').check();
    await page.getByRole('button', { name: 'Generate the codes and show the letters' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('shown only this once');
    await expect(page.locator('section.letter').count()).resolves.toBe(2);
    await expect(
      page.locator('section.letter').first().locator('[lang="ar"][dir="rtl"]').count(),
    ).resolves.toBe(2);
    await expect(page.locator('.letter-part[lang="en"] bdi').first().textContent()).resolves.toBe(
      `${platform.baseUrl}/en/sign-in`,
    );
    await expect(page.locator('.letter-part[lang="ar"] bdi').first().textContent()).resolves.toBe(
      `${platform.baseUrl}/ar/sign-in`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'access-code-letters-en');

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('status').isVisible()).resolves.toBe(false);
    await expect(
      page.evaluate('getComputedStyle(document.querySelector(".letter")).breakAfter'),
    ).resolves.toBe('page');
    await page.emulateMedia({ media: 'screen' });

    const code = (await page.locator('.letter-code strong').first().textContent())!.trim();
    const resident = await browser.newContext();
    const residentPage = await resident.newPage();
    await residentPage.goto(`${platform.baseUrl}/en/sign-in`);
    await residentPage.getByLabel('Access code').fill(code);
    await residentPage.getByRole('button', { name: 'Sign in with the code' }).click();
    await residentPage.waitForURL(`${platform.baseUrl}/en`);
    await expect(residentPage.getByRole('button', { name: 'Sign out' }).isVisible()).resolves.toBe(true);
    await resident.close();
  });

  it('in Arabic, prints letters in Arabic and Farsi from right to left', async () => {
    await page.goto(`${platform.baseUrl}/ar/office/access-codes`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('عدد الرسائل').fill('1');
    await page.getByLabel('الفارسية').check();
    await page.getByRole('button', { name: 'أنشئ الرموز واعرض الرسائل' }).click();
    await expect(page.locator('.letter-part[lang="fa"][dir="rtl"]').count()).resolves.toBe(1);
    await expect(page.locator('.letter-part[lang="ar"] h3').textContent()).resolves.toBe(
      'شارك في قرارات مدينتك',
    );
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'access-code-letters-ar');
  });
});
