import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { Processors } from '@commonplan/nest';
import { axeViolations, launchChromium, saveScreenshot } from '../support/browser';
import { startWebPlatform, type WebPlatform } from '../support/web-platform';

interface ListedProject {
  readonly projectId: string;
  readonly title: { original: string; texts: Record<string, string> };
  readonly district: string | null;
  readonly costEstimate: string;
  readonly category: string;
  readonly supports: number;
}

describe('a resident proposes a project in their own language, and supports proposals, in English and Arabic', () => {
  let platform: WebPlatform;
  let browser: Browser;
  let officer: string;
  let resident: string;
  let proposalsCycle: string;

  const api = () => request(platform.app.getHttpServer());
  const asOfficer = (call: request.Test) => call.set('authorization', `Bearer ${officer}`);
  const openCycle = async (withSupports = false): Promise<string> => {
    const cycle = await asOfficer(api().post('/budgeting/cycles'))
      .send({
        title: { original: 'en', texts: { en: 'Assen budgets 2027', ar: 'ميزانية آسن 2027' } },
        budget: { amount: '10000000', currency: 'EUR' },
        districts: [
          { name: 'Noord', budget: '3000000' },
          { name: 'Zuid', budget: '3000000' },
        ],
        withSupports,
        ballotRules: { kind: 'approval' },
        eligibility: { verificationLevel: 'verified' },
      })
      .expect(201);
    return cycle.body.cycleId as string;
  };
  const projectsOf = async (cycleId: string): Promise<ListedProject[]> => {
    await platform.app.get(Processors).projections.caughtUp();
    return (await api().get(`/budgeting/cycles/${cycleId}/projects`).expect(200)).body.projects;
  };
  const signedIn = async (token = resident): Promise<[BrowserContext, Page]> => {
    const context = await browser.newContext();
    await platform.signIn(context, token);
    return [context, await context.newPage()];
  };

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startWebPlatform(), launchChromium()]);
    officer = platform.sessionFor({ role: 'officer', context: 'budgeting' });
    resident = platform.sessionFor({ role: 'resident' });
    proposalsCycle = await openCycle();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('sends a stranger to sign in first, and brings them back to the form', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${platform.baseUrl}/en/budgets/${proposalsCycle}/proposals/new`);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/en/sign-in');
    expect(url.searchParams.get('next')).toBe(`/en/budgets/${proposalsCycle}/proposals/new`);
    await context.close();
  });

  it('in English, names each field to fix, then takes the proposal and shows it back', async () => {
    const [context, page] = await signedIn();
    await page.goto(`${platform.baseUrl}/en/budgets/${proposalsCycle}/proposals/new`);
    expect(await page.getByLabel('The language you write in').inputValue()).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Estimated cost').fill('lots');
    await page.getByRole('button', { name: 'Send my proposal' }).click();
    const alert = (await page.getByRole('alert').textContent()) ?? '';
    expect(alert).toContain('Give your project a title');
    expect(alert).toContain('Write the estimated cost as a number');
    expect(await page.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Estimated cost').inputValue()).toBe('lots');
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'proposal-en');

    await page.getByLabel('Title').fill('Benches along the canal');
    await page
      .getByLabel('Description')
      .fill('Six benches where the towpath meets the market.\n\nShade for older neighbours.');
    await page.getByLabel('Category').selectOption('public-space');
    await page.getByLabel('District').selectOption('Zuid');
    await page.getByLabel('Estimated cost').fill('25 000');
    await page.getByLabel('Name of the place').fill('Market towpath');
    await page.getByLabel('Latitude').fill('52.99');
    await page.getByLabel('Longitude').fill('6.56');
    await page.getByRole('button', { name: 'Send my proposal' }).click();
    await page.waitForURL(/\/proposals\/[0-9a-f-]{36}\/received$/);
    expect(await page.locator('h1').textContent()).toBe('Thank you, your proposal is in');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Benches along the canal');
    expect(main).toContain('€25,000');
    expect(await axeViolations(page)).toEqual([]);
    const [stored] = (await projectsOf(proposalsCycle)).filter((project) => project.title.texts.en);
    expect(stored).toMatchObject({
      title: { original: 'en', texts: { en: 'Benches along the canal' } },
      district: 'Zuid',
      costEstimate: '2500000',
      category: 'public-space',
    });
    await context.close();
  });

  it('in Arabic, takes a proposal written in Arabic with Arabic digits, marked as Arabic', async () => {
    const [context, page] = await signedIn();
    await page.goto(`${platform.baseUrl}/ar/budgets/${proposalsCycle}/proposals/new`);
    expect(await page.getByLabel('اللغة التي تكتب بها').inputValue()).toBe('ar');
    expect(await page.getByLabel('العنوان').getAttribute('lang')).toBe('ar');
    await page.getByLabel('الكلفة التقديرية').fill('١٢٠٠٠');
    await page.getByRole('button', { name: 'أرسل اقتراحي' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('أعطِ مشروعك عنوانًا');
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'proposal-ar');
    await page.getByLabel('العنوان').fill('دروس سباحة للنساء');
    await page.getByLabel('الوصف').fill('ساعتان كل أسبوع في المسبح البلدي.');
    await page.getByLabel('الفئة').selectOption('sport');
    await page.getByRole('button', { name: 'أرسل اقتراحي' }).click();
    await page.waitForURL(/\/proposals\/[0-9a-f-]{36}\/received$/);
    expect(await page.locator('h1').textContent()).toBe('شكرًا لك، وصل اقتراحك');
    expect(await page.locator('main [lang="ar"]').first().textContent()).toBe('دروس سباحة للنساء');
    expect(await axeViolations(page)).toEqual([]);
    const stored = (await projectsOf(proposalsCycle)).find((project) => project.title.texts.ar);
    expect(stored).toMatchObject({
      title: { original: 'ar' },
      district: null,
      costEstimate: '1200000',
      category: 'sport',
    });
    await context.close();
  });

  it.each(['en', 'ar'])(
    'in %s, explains that a cycle past its proposals phase takes none',
    async (language) => {
      const closed = await openCycle();
      await asOfficer(api().post(`/budgeting/cycles/${closed}/phase-advances`)).expect(201);
      const [context, page] = await signedIn();
      await page.goto(`${platform.baseUrl}/${language}/budgets/${closed}/proposals/new`);
      expect(await page.locator('h1').textContent()).toBe(
        language === 'en' ? 'Proposals are closed' : 'باب الاقتراحات مغلق',
      );
      expect(await page.locator('main').textContent()).toContain(
        language === 'en' ? 'the city checks the proposals' : 'تدقيق المدينة في الاقتراحات',
      );
      expect(await page.locator('form[action$="/proposals"]').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );

  it('in the supports phase, a resident who may vote supports a proposal and withdraws it', async () => {
    const cycleId = await openCycle(true);
    await asOfficer(api().post(`/budgeting/cycles/${cycleId}/projects`))
      .send({
        title: { original: 'uk', texts: { uk: 'Мовне кафе', en: 'Language café' } },
        description: { original: 'uk', texts: { uk: 'Щотижня' } },
        category: 'welcome',
        costEstimate: '400000',
      })
      .expect(201);
    await asOfficer(api().post(`/budgeting/cycles/${cycleId}/phase-advances`)).expect(201);
    const [code] = await platform.accessCodes(1, 'Noord');
    const session = await api().post('/identity/sign-in/access-code').send({ code }).expect(201);
    await platform.app.get(Processors).relay.caughtUp();
    const [context, page] = await signedIn(session.body.token as string);
    for (const language of ['ar', 'en']) {
      await page.goto(`${platform.baseUrl}/${language}/budgets/${cycleId}/proposals`);
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.getByRole('button', { name: 'Support' }).click();
    expect(await page.locator('main').textContent()).toContain('Supports: 1');
    expect(await page.getByRole('button', { name: 'Withdraw my support' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Withdraw my support' }).click();
    expect(await page.locator('main').textContent()).toContain('Supports: 0');
    await context.close();
  });
});
