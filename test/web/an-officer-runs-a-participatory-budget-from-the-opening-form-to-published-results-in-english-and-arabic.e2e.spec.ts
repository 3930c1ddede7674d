import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { Processors } from '@commonplan/nest';
import { axeViolations, launchChromium, saveScreenshot } from '../support/browser';
import { startWebPlatform, type WebPlatform } from '../support/web-platform';

describe('an officer runs a participatory budget from the opening form to published results', () => {
  let platform: WebPlatform;
  let browser: Browser;
  let officer: BrowserContext;
  let page: Page;
  let cycleAddress: string;

  const api = () => request(platform.app.getHttpServer());
  const settled = async () => {
    await platform.app.get(Processors).relay.caughtUp();
    await platform.app.get(Processors).projections.caughtUp();
  };
  const expectAxeClean = async (on: Page = page) => expect(await axeViolations(on)).toEqual([]);
  const cycleId = () => cycleAddress.split('/').pop()!;

  /** Checks the confirmation and moves the cycle on, as an officer does at the end of each phase. */
  const advanceTo = async (phase: string) => {
    await page.getByRole('checkbox', { name: /^I confirm: move the cycle/ }).check();
    await page.getByRole('button', { name: `Advance to ${phase}` }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('moved to the next phase');
    await expect(page.locator('.phases [aria-current]').textContent()).resolves.toContain(phase);
  };

  const residentWithCode = async (): Promise<{ token: string; participantId: string }> => {
    const [code] = await platform.accessCodes(1, 'North');
    const signedIn = await api().post('/identity/sign-in/access-code').send({ code }).expect(201);
    const token = signedIn.body.token as string;
    const me = await api().get('/identity/me').set('authorization', `Bearer ${token}`).expect(200);
    return { token, participantId: me.body.participantId as string };
  };

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startWebPlatform(), launchChromium()]);
    officer = await browser.newContext();
    await platform.signIn(officer, platform.sessionFor({ role: 'officer', context: 'budgeting' }));
    page = await officer.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it.each(['en', 'ar'])('in %s, the office home links to what the badges allow', async (language) => {
    await page.goto(`${platform.baseUrl}/${language}/office`);
    expect(await page.getAttribute('html', 'dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
    const links = page.locator('main .cards a');
    expect(await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))).toEqual([
      `/${language}/office/budgets`,
      `/${language}/office/access-codes`,
    ]);
    await expectAxeClean();
    await saveScreenshot(page, `office-${language}`);
  });

  it('sends a stranger to the staff sign-in, and tells an officer of another service the page is not theirs', async () => {
    const stranger = await browser.newContext();
    const strangerPage = await stranger.newPage();
    await strangerPage.goto(`${platform.baseUrl}/en/office/budgets`);
    expect(new URL(strangerPage.url()).pathname).toBe('/en/office/sign-in');
    await platform.signIn(stranger, platform.sessionFor({ role: 'officer', context: 'consultations' }));
    const answer = await strangerPage.goto(`${platform.baseUrl}/ar/office/budgets`);
    expect(answer?.status()).toBe(403);
    await expect(strangerPage.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('ليست لدورك');
    await expectAxeClean(strangerPage);
    await stranger.close();
  });

  it('opens a cycle through the form, which names what it refuses beside each field', async () => {
    await page.goto(`${platform.baseUrl}/ar/office/budgets/new`);
    await expectAxeClean();
    await page.goto(`${platform.baseUrl}/en/office/budgets`);
    await page.getByRole('link', { name: 'Open a cycle' }).click();
    await expectAxeClean();
    await page.getByLabel('Title in English').fill('Neighbourhood budget 2027');
    await page.getByLabel('Title in Arabic').fill('ميزانية الحي 2027');
    await page.getByLabel('Amount', { exact: true }).fill('one hundred thousand');
    await page.getByLabel('District 1: name').fill('North');
    await page.getByLabel('District 1: budget').fill('40 000');
    await page.getByLabel('Most projects on a ballot').fill('2');
    await page.getByLabel('Residents who declare where they live').check();
    await page.getByRole('button', { name: 'Open the cycle' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'Enter an amount in this currency',
    );
    expect(await page.getAttribute('#field-budget\\.amount', 'aria-invalid')).toBe('true');
    await expectAxeClean();

    await page.getByLabel('Amount', { exact: true }).fill('100,000');
    await page.getByRole('button', { name: 'Open the cycle' }).click();
    await page.waitForURL(/\/en\/office\/budgets\/[0-9a-f-]{36}\?done=opened/);
    cycleAddress = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Neighbourhood budget 2027',
    );
    const opened = await api().get(`/budgeting/cycles/${cycleId()}`).expect(200);
    expect(opened.body).toMatchObject({
      budget: { amount: '10000000', currency: 'EUR' },
      districts: [{ name: 'North', budget: '4000000' }],
      ballotRules: { kind: 'approval', maxChoices: 2 },
      eligibility: { verificationLevel: 'self-declared' },
      tallyRule: { rule: 'greedy' },
    });
    await expectAxeClean();

    await settled();
    for (const language of ['en', 'ar']) {
      await page.goto(`${platform.baseUrl}/${language}/office/budgets`);
      const listed = page.locator(`main table a[href="/${language}/office/budgets/${cycleId()}"]`);
      await expect(listed.textContent()).resolves.toContain(
        language === 'en' ? 'Neighbourhood' : 'ميزانية الحي',
      );
      await expectAxeClean();
    }
    await page.goto(`${platform.baseUrl}${cycleAddress}`);
  });

  it('adds projects, assesses them and refuses a rule change once voting has opened', async () => {
    const add = async (title: string, cost: string, district?: string) => {
      await page.getByLabel('Project title').fill(title);
      await page.getByLabel('Description').fill(`${title}, proposed at the counter.`);
      await page.getByLabel('Category').fill('streets');
      if (district) await page.getByLabel('District', { exact: true }).selectOption({ label: district });
      await page.getByLabel('Cost estimate').fill(cost);
      await page.getByRole('button', { name: 'Add a project' }).click();
      await expect(page.getByRole('status').textContent()).resolves.toContain('The project is added');
    };
    await add('Shade trees on Market Street', '30000');
    await add('Youth football pitch', '20000', 'North');
    await add('Library reading room', '90000');
    await expect(page.locator('#projects tbody tr').count()).resolves.toBe(3);
    await advanceTo('Feasibility review');

    const assess = async (title: string, verdict: string, detail: string) => {
      await page.getByLabel('Project', { exact: true }).selectOption({ label: title });
      await page.getByLabel(verdict, { exact: true }).check();
      if (verdict === 'Feasible') await page.getByLabel('Final cost').fill(detail);
      else await page.getByLabel('Public reason').fill(detail);
      await page.getByRole('button', { name: 'Save the assessment' }).click();
      await expect(page.getByRole('status').textContent()).resolves.toContain('The assessment is saved');
    };
    await assess('Shade trees on Market Street', 'Feasible', '28000');
    await assess('Youth football pitch', 'Feasible', '20000');
    await assess('Library reading room', 'Not feasible', 'The building is listed and cannot be altered.');
    await expect(page.locator('#projects').textContent()).resolves.toContain(
      'The building is listed and cannot be altered.',
    );
    await expectAxeClean();
    await advanceTo('Voting');

    await page.getByText('Change the ballot rules').click();
    await page.getByLabel('Most projects on a ballot').fill('3');
    await page.getByRole('button', { name: 'Save the rules' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'The ballot rules are locked once voting has opened',
    );
    await expectAxeClean();
  });

  it('records a paper ballot at a booth beside a resident’s online vote', async () => {
    const booth = await residentWithCode();
    const online = await residentWithCode();
    await settled();
    const { body } = await api().get(`/budgeting/cycles/${cycleId()}/projects`).expect(200);
    const idOf = (title: string) =>
      (body.projects as { projectId: string; title: { texts: { en: string } } }[]).find(
        (project) => project.title.texts.en === title,
      )!.projectId;
    await api()
      .post(`/budgeting/cycles/${cycleId()}/ballots`)
      .set('authorization', `Bearer ${online.token}`)
      .send({
        kind: 'approval',
        projects: [idOf('Shade trees on Market Street'), idOf('Youth football pitch')],
      })
      .expect(201);

    await page.goto(`${platform.baseUrl}${cycleAddress}`);
    await page.getByLabel('Participant number').fill(booth.participantId);
    await page.getByRole('checkbox', { name: 'Shade trees on Market Street' }).check();
    await page.getByRole('button', { name: 'Record the ballot' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('The paper ballot is recorded');
    await expect(page.locator('.status .receipt').textContent()).resolves.toMatch(/^[0-9a-f]{64}$/);
    await expectAxeClean();
  });

  it('counts, overrides with a public reason and publishes the results, then reports on the works', async () => {
    await advanceTo('Tally');
    await page.getByRole('button', { name: 'Count the ballots' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('The ballots are counted');
    await expect(page.locator('#tally').textContent()).resolves.toContain('2 ballots counted');

    await page.getByLabel('Project', { exact: true }).selectOption({ label: 'Youth football pitch' });
    await page.getByLabel('Do not fund this project').check();
    await page.getByLabel('Public reason').fill('The pitch site was sold before the vote closed.');
    await page.getByRole('button', { name: 'Record the override' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('The override is recorded');
    await expect(page.locator('#tally').textContent()).resolves.toContain('unfunded by override');
    await expectAxeClean();
    await saveScreenshot(page, 'office-cycle-en');
    await page.goto(`${platform.baseUrl}/ar${cycleAddress.slice(3)}`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await expectAxeClean();
    await saveScreenshot(page, 'office-cycle-ar');

    await page.goto(`${platform.baseUrl}${cycleAddress}`);
    await page.getByRole('button', { name: 'Publish the results' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Tick the box to confirm');
    await page.getByRole('checkbox', { name: /^I confirm: publish/ }).check();
    await page.getByRole('button', { name: 'Publish the results' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('The results are published');
    const results = await api().get(`/budgeting/cycles/${cycleId()}/results`).expect(200);
    expect(results.body.published).toBe(true);

    await advanceTo('Implementation');
    await page.getByLabel('Project', { exact: true }).selectOption({ label: 'Shade trees on Market Street' });
    await page.getByLabel('Progress in percent').fill('40');
    await page.getByLabel('Milestone', { exact: true }).fill('Trees planted on the north side');
    await page.getByLabel('Planned for').fill('2027-03-15');
    await page.getByLabel('Public note').fill('Planting starts in March.');
    await page.getByRole('button', { name: 'Publish the update' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('The update is published');
    await expectAxeClean();
    await page.goto(`${platform.baseUrl}/ar${cycleAddress.slice(3)}`);
    await expectAxeClean();
  });
});
