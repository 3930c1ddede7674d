import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import type { MailOutbox } from '@commonplan/mail';
import { MAILER } from '@commonplan/nest';
import { axeViolations, launchChromium, saveScreenshot } from '../support/browser';
import { startWebPlatform, type WebPlatform } from '../support/web-platform';

describe('a resident signs in with the code from their letter, in any of five languages', () => {
  let platform: WebPlatform;
  let browser: Browser;

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startWebPlatform(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('sends a bare address to the language the browser asks for, or the one ?lang= names', async () => {
    const context = await browser.newContext({ locale: 'fa-IR' });
    const page = await context.newPage();
    await page.goto(platform.baseUrl);
    expect(new URL(page.url()).pathname).toBe('/fa');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.goto(`${platform.baseUrl}/fa/sign-in?lang=uk`);
    expect(new URL(page.url()).pathname).toBe('/uk/sign-in');
    expect(await page.getAttribute('html', 'lang')).toBe('uk');
    await context.close();
  });

  it.each(['en', 'ar'])('in %s, the home and sign-in pages pass axe-core', async (language) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const [name, address] of [
      ['home', `/${language}`],
      ['sign-in', `/${language}/sign-in`],
      ['staff-sign-in', `/${language}/office/sign-in`],
      ['email-link-sign-in', `/${language}/sign-in/email`],
    ]) {
      await page.goto(`${platform.baseUrl}${address}`);
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `${name}-${language}`);
    }
    await context.close();
  });

  it.each(['en', 'ar'])(
    'in %s, an address with nothing behind it is a page in that language, not JSON',
    async (language) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const response = await page.goto(`${platform.baseUrl}/${language}/budgets/${randomUUID()}`);
      expect(response?.status()).toBe(404);
      expect(response?.headers()['content-type']).toMatch(/^text\/html/);
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        language === 'en' ? 'Page not found' : 'الصفحة غير موجودة',
      );
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );

  it('a resident asks for a link by e-mail, follows it from the mail, and is signed in', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${platform.baseUrl}/fr/sign-in`);
    await page.getByLabel('Adresse e-mail').fill('amina@example.org');
    await page.getByRole('button', { name: 'M’envoyer un lien' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Consultez vos e-mails',
    );
    expect(await axeViolations(page)).toEqual([]);
    const [mail] = platform.app.get<MailOutbox>(MAILER).to('amina@example.org');
    const link = /\/sign-in\/email#\S+/.exec(mail!.text)![0];
    await page.goto(`${platform.baseUrl}${link}`);
    expect(new URL(page.url()).pathname).toBe('/fr/sign-in/email');
    await expect(page.getByLabel('Code de connexion de l’e-mail').inputValue()).resolves.not.toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await page.waitForURL(`${platform.baseUrl}/fr`);
    await expect(page.getByRole('button', { name: 'Se déconnecter' }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('at 200% zoom the pages fit the window without scrolling sideways', async () => {
    const context = await browser.newContext({ viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    for (const address of ['/ar', '/ar/sign-in', '/en/office/sign-in', '/fa/budgets']) {
      await page.goto(`${platform.baseUrl}${address}`);
      const overflow = await page.evaluate(() => {
        const root = (
          globalThis as unknown as {
            document: { documentElement: { scrollWidth: number; clientWidth: number } };
          }
        ).document.documentElement;
        return root.scrollWidth - root.clientWidth;
      });
      expect({ address, overflow }).toEqual({ address, overflow: 0 });
    }
    await context.close();
  });

  it('a wrong code is named beside the field and announced, and the right one signs in', async () => {
    const [code] = await platform.accessCodes(1);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${platform.baseUrl}/ar/sign-in`);
    await page.getByLabel('رمز الدخول').fill('WRONG-CODE-0000');
    await page.getByRole('button', { name: 'الدخول بالرمز' }).click();
    await expectAlert(page, 'رمز الدخول هذا غير صالح');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('رمز الدخول').fill(code!);
    await page.getByRole('button', { name: 'الدخول بالرمز' }).click();
    await page.waitForURL(`${platform.baseUrl}/ar`);
    await expect(page.getByRole('button', { name: 'تسجيل الخروج' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'تسجيل الخروج' }).click();
    await expect(page.getByRole('link', { name: 'تسجيل الدخول' }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});

const expectAlert = async (page: Page, text: string): Promise<void> => {
  const alert = page.getByRole('alert');
  await expect(alert.textContent()).resolves.toContain(text);
};
