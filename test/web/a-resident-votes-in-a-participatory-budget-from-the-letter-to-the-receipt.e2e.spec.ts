import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { ballotProblemMessages } from '../../apps/gateway/src/web/budgets/ballot-problems.messages';
import { ballotMessages } from '../../apps/gateway/src/web/budgets/ballot.messages';
import { budgetsMessages } from '../../apps/gateway/src/web/budgets/budgets.messages';
import { signInMessages } from '../../apps/gateway/src/web/sign-in/sign-in.messages';
import {
  axeViolations,
  expectVisibleFocusOn,
  launchChromium,
  saveScreenshot,
  tabTo,
} from '../support/browser';
import { startWebPlatform, type WebPlatform } from '../support/web-platform';

// A platform on PGlite and a browser on a machine shared with other suites: slower than a unit test.
jest.setTimeout(180_000);

type Language = 'en' | 'ar';
const MESSAGES = {
  en: { ...budgetsMessages.en, ...ballotMessages.en, ...ballotProblemMessages.en },
  ar: { ...budgetsMessages.ar, ...ballotMessages.ar, ...ballotProblemMessages.ar },
};
const say = (language: Language, key: keyof (typeof MESSAGES)['en']): string => MESSAGES[language][key];

/** What the tests ask of the page, typed here: the test code itself runs in Node, without the DOM's types. */
interface InPage {
  readonly document: {
    readonly documentElement: { readonly scrollWidth: number };
  };
}
const signInSays = (language: Language, key: keyof (typeof signInMessages)['en']): string =>
  signInMessages[language][key];

/** Four projects costing €4,000, €3,500, €3,000 and €5,000 against a €10,000 knapsack budget. */
const PROJECTS = [
  { en: 'Language café', ar: 'مقهى اللغة', original: 'ar', category: 'welcome', cost: '400000' },
  { en: 'Repair workshop', ar: 'ورشة تصليح', original: 'en', category: 'environment', cost: '350000' },
  {
    en: 'Shade trees in the square',
    ar: 'أشجار ظل في الساحة',
    original: 'en',
    category: 'environment',
    cost: '300000',
  },
  {
    en: 'Night bus to the hostel',
    ar: 'حافلة ليلية إلى النُّزل',
    original: 'en',
    category: 'transport',
    cost: '500000',
  },
];

describe('a resident votes in a participatory budget, from the code on their letter to the receipt', () => {
  let platform: WebPlatform;
  let browser: Browser;
  let votingCycle: string;
  let proposalsCycle: string;
  const projectIds: string[] = [];
  /** A ranked and a cumulative cycle, each with three feasible projects named alike. */
  const others = { ranked: '', cumulative: '' };
  const otherProjects = { ranked: [] as string[], cumulative: [] as string[] };

  const api = () => request(platform.app.getHttpServer());
  const officer = () => platform.sessionFor({ role: 'officer', context: 'budgeting' });

  const openCycle = async (title: Record<string, string>, kind: object): Promise<string> => {
    const opened = await api()
      .post('/budgeting/cycles')
      .set('authorization', `Bearer ${officer()}`)
      .send({
        title: { original: 'en', texts: title },
        budget: { amount: '1000000', currency: 'EUR' },
        schedule: [{ phase: 'voting', startsOn: '2027-03-01', endsOn: '2027-03-21' }],
        ballotRules: kind,
        eligibility: { verificationLevel: 'self-declared' },
      })
      .expect(201);
    return opened.body.cycleId as string;
  };

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startWebPlatform(), launchChromium()]);
    proposalsCycle = await openCycle(
      { en: 'Ideas for 2028', ar: 'أفكار لعام 2028' },
      { kind: 'approval', maxChoices: 3 },
    );
    votingCycle = await openCycle({ en: 'Our neighbourhood 2027', ar: 'حيّنا 2027' }, { kind: 'knapsack' });
    const resident = platform.sessionFor({ role: 'resident' });
    for (const project of PROJECTS) {
      const texts = { en: project.en, ar: project.ar };
      const proposed = await api()
        .post(`/budgeting/cycles/${votingCycle}/projects`)
        .set('authorization', `Bearer ${resident}`)
        .send({
          title: { original: project.original, texts },
          description: {
            original: project.original,
            texts: { en: `${project.en}: what it is and who it is for.`, ar: `${project.ar}: ما هو ولمن.` },
          },
          category: project.category,
          costEstimate: project.cost,
        })
        .expect(201);
      projectIds.push(proposed.body.projectId as string);
    }
    const unfeasible = await api()
      .post(`/budgeting/cycles/${votingCycle}/projects`)
      .set('authorization', `Bearer ${resident}`)
      .send({
        title: { original: 'en', texts: { en: 'A bridge to the moon' } },
        description: { original: 'en', texts: { en: 'Too far.' } },
        category: 'transport',
        costEstimate: '900000',
      })
      .expect(201);
    await api()
      .post(`/budgeting/cycles/${votingCycle}/phase-advances`)
      .set('authorization', `Bearer ${officer()}`)
      .expect(201);
    for (const [index, projectId] of projectIds.entries())
      await api()
        .post(`/budgeting/projects/${projectId}/feasibility`)
        .set('authorization', `Bearer ${officer()}`)
        .send({ feasible: true, finalCost: PROJECTS[index]!.cost })
        .expect(201);
    await api()
      .post(`/budgeting/projects/${unfeasible.body.projectId}/feasibility`)
      .set('authorization', `Bearer ${officer()}`)
      .send({ feasible: false, reason: { original: 'en', texts: { en: 'The moon is outside the city.' } } })
      .expect(201);
    await api()
      .post(`/budgeting/cycles/${votingCycle}/phase-advances`)
      .set('authorization', `Bearer ${officer()}`)
      .expect(201);
    for (const [kind, rules] of [
      ['ranked', { kind: 'ranked', maxChoices: 2 }],
      ['cumulative', { kind: 'cumulative', points: 10 }],
    ] as const) {
      others[kind] = await openCycle({ en: `A ${kind} vote` }, rules);
      for (const name of ['Bike racks', 'Benches', 'Drinking fountain']) {
        const proposed = await api()
          .post(`/budgeting/cycles/${others[kind]}/projects`)
          .set('authorization', `Bearer ${resident}`)
          .send({
            title: { original: 'en', texts: { en: name } },
            description: { original: 'en', texts: { en: `${name} near the library.` } },
            category: 'streets',
            costEstimate: '100000',
          })
          .expect(201);
        otherProjects[kind].push(proposed.body.projectId as string);
      }
      await api()
        .post(`/budgeting/cycles/${others[kind]}/phase-advances`)
        .set('authorization', `Bearer ${officer()}`)
        .expect(201);
      for (const projectId of otherProjects[kind])
        await api()
          .post(`/budgeting/projects/${projectId}/feasibility`)
          .set('authorization', `Bearer ${officer()}`)
          .send({ feasible: true, finalCost: '100000' })
          .expect(201);
      await api()
        .post(`/budgeting/cycles/${others[kind]}/phase-advances`)
        .set('authorization', `Bearer ${officer()}`)
        .expect(201);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  const expectNoAxeViolations = async (page: Page): Promise<void> => {
    expect(await axeViolations(page)).toEqual([]);
  };

  /** On a phone 320 px wide too: nothing to scroll sideways, and still no violations. */
  const expectNoAxeViolationsAt320 = async (page: Page): Promise<void> => {
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoAxeViolations(page);
    const width = await page.evaluate(
      () => (globalThis as unknown as InPage).document.documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 720 });
  };

  /** Signs in through the sign-in page, with the code as a resident types it from their letter. */
  const signInWithCode = async (page: Page, language: Language): Promise<void> => {
    const [code] = await platform.accessCodes(1);
    await page.getByLabel(signInSays(language, 'sign-in.access-code.label')).fill(code!);
    await page.getByRole('button', { name: signInSays(language, 'sign-in.access-code.submit') }).click();
  };

  const myBallot = async (context: BrowserContext, cycleId = votingCycle) => {
    const session = (await context.cookies()).find((cookie) => cookie.name === 'commonplan_session');
    const answer = await api()
      .get(`/budgeting/cycles/${cycleId}/my-ballot`)
      .set('authorization', `Bearer ${session!.value}`)
      .expect(200);
    return answer.body as {
      receipt: string;
      version: number;
      ballot: { projects: string[]; points: number[] | null };
    };
  };

  it('lists the cycles with open voting first, and reads and filters projects with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${platform.baseUrl}/en/budgets`);
    const titles = await page.getByRole('heading', { level: 2 }).allTextContents();
    // Open voting first, the newest first among them.
    expect(titles.map((title) => title.trim())).toEqual([
      'A cumulative vote',
      'A ranked vote',
      'Our neighbourhood 2027',
      'Ideas for 2028',
    ]);
    await page.getByRole('link', { name: 'Our neighbourhood 2027', exact: true }).click();
    await expect(page.textContent('main')).resolves.toContain(
      'Choose projects that together cost at most €10,000.',
    );
    await expect(page.locator('main').getByText('Translation · original in Arabic').count()).resolves.toBe(1);
    // A category from the proposal form's list reads in the reader's language; another as it was typed.
    const categoryLabel = (value: string) =>
      page.locator(`#filter-category option[value="${value}"]`).textContent();
    await expect(categoryLabel('welcome')).resolves.toBe('Welcome and living together');
    await expect(categoryLabel('environment')).resolves.toBe('environment');
    await page.getByLabel(say('en', 'budgets.filter.category')).selectOption('environment');
    await page.getByRole('button', { name: say('en', 'budgets.filter.apply') }).click();
    expect(new URL(page.url()).searchParams.get('category')).toBe('environment');
    const shown = await page.locator('.cards h3').allTextContents();
    expect(shown.map((title) => title.trim()).sort()).toEqual([
      'Repair workshop',
      'Shade trees in the square',
    ]);
    await page.getByRole('link', { name: 'Repair workshop' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Repair workshop');
    await expect(page.textContent('main')).resolves.toContain('€3,500');
    await context.close();
  });

  it.each(['en', 'ar'] as const)(
    'in %s, the budget pages pass axe-core, at 320 px wide too',
    async (language) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 800 });
        for (const address of [
          `/${language}/budgets`,
          `/${language}/budgets/${votingCycle}`,
          `/${language}/budgets/${votingCycle}/projects/${projectIds[0]}`,
          `/${language}/budgets/${proposalsCycle}`,
        ]) {
          await page.goto(`${platform.baseUrl}${address}`);
          await expectNoAxeViolations(page);
        }
        expect(
          await page.evaluate(() => (globalThis as unknown as InPage).document.documentElement.scrollWidth),
        ).toBeLessThanOrEqual(width);
      }
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${platform.baseUrl}/${language}/budgets/${votingCycle}`);
      await saveScreenshot(page, `budget-cycle-${language}`);
      await context.close();
    },
  );

  it.each(['en', 'ar'] as const)(
    'in %s, a resident signs in from the ballot link, chooses within the budget, reviews, casts and keeps the receipt',
    async (language) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${platform.baseUrl}/${language}/budgets/${votingCycle}`);
      await page
        .getByRole('link', { name: say(language, 'budgets.vote-now') })
        .first()
        .click();
      expect(new URL(page.url()).pathname).toBe(`/${language}/sign-in`);
      await signInWithCode(page, language);
      await page.waitForURL(`${platform.baseUrl}/${language}/budgets/${votingCycle}/ballot`);
      await expectNoAxeViolationsAt320(page);

      const meter = page.getByRole('status');
      await page.getByLabel(PROJECTS[0]![language]).check();
      await page.getByLabel(PROJECTS[3]![language]).check();
      if (language === 'en')
        await expect(meter.textContent()).resolves.toContain('€9,000 of €10,000 chosen, €1,000 left');
      await saveScreenshot(page, `ballot-${language}`);

      // Over the budget: the API refuses, and the page says so beside the choices and in an alert.
      await page.getByLabel(PROJECTS[1]![language]).check();
      if (language === 'en') await expect(meter.textContent()).resolves.toContain('€2,500 over the budget');
      await page.getByRole('button', { name: say(language, 'budgets.ballot.review') }).click();
      await page.getByRole('button', { name: say(language, 'budgets.review.cast') }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toContain(
        say(language, 'problem.within-budget'),
      );
      await expect(page.locator('#field-projects-error').textContent()).resolves.toContain(
        say(language, 'problem.within-budget'),
      );
      await expectNoAxeViolations(page);
      await expect(page.getByLabel(PROJECTS[1]![language]).isChecked()).resolves.toBe(true);

      await page.getByLabel(PROJECTS[1]![language]).uncheck();
      await page.getByRole('button', { name: say(language, 'budgets.ballot.review') }).click();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        say(language, 'budgets.review.title'),
      );
      await expect(page.locator('.chosen li').count()).resolves.toBe(2);
      await expectNoAxeViolationsAt320(page);
      const key = await page.locator('input[name=idempotencyKey]').inputValue();
      await page.getByRole('button', { name: say(language, 'budgets.review.cast') }).click();
      await page.waitForURL(`${platform.baseUrl}/${language}/budgets/${votingCycle}/ballot/receipt`);
      await expectNoAxeViolationsAt320(page);
      await saveScreenshot(page, `receipt-${language}`);

      const shown = (await page.locator('#receipt').textContent())!.trim();
      const mine = await myBallot(context);
      expect(shown).toBe(mine.receipt);
      expect(mine.ballot.projects.sort()).toEqual([projectIds[0], projectIds[3]].sort());
      await expect(
        page.getByRole('link', { name: say(language, 'budgets.receipt.lookup') }).getAttribute('href'),
      ).resolves.toBe(`/${language}/budgets/${votingCycle}/counted-ballots?receipt=${mine.receipt}`);

      // The same review submitted twice, as a double click would: the ballot is cast once.
      const again = await context.request.post(
        `${platform.baseUrl}/${language}/budgets/${votingCycle}/ballot`,
        {
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          data: new URLSearchParams([
            ['idempotencyKey', key],
            ['project', projectIds[0]!],
            ['project', projectIds[3]!],
            ['action', 'cast'],
          ]).toString(),
          maxRedirects: 0,
        },
      );
      expect(again.status()).toBe(303);
      expect((await myBallot(context)).version).toBe(1);

      // Coming back, the ballot is filled in with what was cast, and can be changed.
      await page.goto(`${platform.baseUrl}/${language}/budgets/${votingCycle}/ballot`);
      await expect(page.getByLabel(PROJECTS[0]![language]).isChecked()).resolves.toBe(true);
      await expect(page.getByLabel(PROJECTS[3]![language]).isChecked()).resolves.toBe(true);
      await expect(page.getByLabel(PROJECTS[2]![language]).isChecked()).resolves.toBe(false);
      await context.close();
    },
  );

  it('ranks projects and spreads points; a rank given twice or points too many are named and announced', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${platform.baseUrl}/en/sign-in`);
    await signInWithCode(page, 'en');
    await page.waitForURL(`${platform.baseUrl}/en`);
    const review = say('en', 'budgets.ballot.review');
    const cast = say('en', 'budgets.review.cast');

    await page.goto(`${platform.baseUrl}/en/budgets/${others.ranked}/ballot`);
    await page.getByLabel('Bike racks').selectOption('1');
    await page.getByLabel('Benches').selectOption('1');
    await page.getByRole('button', { name: review }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      say('en', 'budgets.ballot.rank-twice'),
    );
    await expectNoAxeViolations(page);
    await page.getByLabel('Bike racks').selectOption('2');
    await page.getByRole('button', { name: review }).click();
    const ranked = await page.locator('ol.chosen li').allTextContents();
    expect(ranked.map((item) => item.trim().split(/\s+€/)[0])).toEqual(['Benches', 'Bike racks']);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: cast }).click();
    await page.waitForURL(/\/ballot\/receipt$/);
    const [bikeRacks, benches] = otherProjects.ranked;
    expect((await myBallot(context, others.ranked)).ballot.projects).toEqual([benches, bikeRacks]);

    await page.goto(`${platform.baseUrl}/en/budgets/${others.cumulative}/ballot`);
    await page.getByLabel('Bike racks').fill('7');
    await page.getByLabel('Benches').fill('5');
    await expect(page.getByRole('status').textContent()).resolves.toContain(
      '12 of 10 points given, 2 too many',
    );
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: review }).click();
    await page.getByRole('button', { name: cast }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(say('en', 'problem.max-points'));
    await expect(page.getByLabel('Benches').inputValue()).resolves.toBe('5');
    await page.getByLabel('Benches').fill('3');
    await page.getByRole('button', { name: review }).click();
    await page.getByRole('button', { name: cast }).click();
    await page.waitForURL(/\/ballot\/receipt$/);
    const spread = await myBallot(context, others.cumulative);
    const [bikes, seats] = otherProjects.cumulative;
    expect(
      Object.fromEntries(spread.ballot.projects.map((id, index) => [id, spread.ballot.points?.[index]])),
    ).toEqual({
      [bikes!]: 7,
      [seats!]: 3,
    });
    await context.close();
  });

  it('a keyboard alone casts a ballot, with the focus always visible', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${platform.baseUrl}/en/sign-in`);
    await signInWithCode(page, 'en');
    await page.waitForURL(`${platform.baseUrl}/en`);
    await page.goto(`${platform.baseUrl}/en/budgets/${votingCycle}/ballot`);

    await tabTo(page, `#choice-${projectIds[1]}`);
    await page.keyboard.press('Space');
    await tabTo(page, `#choice-${projectIds[2]}`);
    await page.keyboard.press('Space');
    await expect(page.getByRole('status').textContent()).resolves.toContain('€6,500 of €10,000 chosen');
    await tabTo(page, 'form[data-ballot] button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ballot\/review$/);
    await tabTo(page, 'button[value=change]');
    await page.keyboard.press('Shift+Tab');
    await expectVisibleFocusOn(page, 'button[value=cast]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ballot\/receipt$/);
    expect((await myBallot(context)).ballot.projects.sort()).toEqual([projectIds[1], projectIds[2]].sort());
    await context.close();
  });

  it('the voting page weighs at most 150 KB compressed on first load', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${platform.baseUrl}/en/sign-in`);
    await signInWithCode(page, 'en');
    await page.waitForURL(`${platform.baseUrl}/en`);
    const fresh = await browser.newContext();
    await fresh.addCookies(await context.cookies());
    const voting = await fresh.newPage();
    const sizes: Promise<number>[] = [];
    voting.on('requestfinished', (finished) =>
      sizes.push(finished.sizes().then((size) => size.responseBodySize + size.responseHeadersSize)),
    );
    await voting.goto(`${platform.baseUrl}/en/budgets/${votingCycle}/ballot`, { waitUntil: 'networkidle' });
    const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    console.log(`the voting page's first load: ${sizes.length} responses, ${bytes} bytes compressed`);
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    expect(bytes).toBeLessThanOrEqual(150 * 1024);
    await fresh.close();
    await context.close();
  });

  it.each(['en', 'ar'] as const)(
    'in %s, a ballot before voting opens says why, and a stranger is sent to sign in',
    async (language) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${platform.baseUrl}/${language}/budgets/${proposalsCycle}/ballot`);
      expect(new URL(page.url()).pathname).toBe(`/${language}/sign-in`);
      expect(new URL(page.url()).searchParams.get('next')).toBe(
        `/${language}/budgets/${proposalsCycle}/ballot`,
      );
      await signInWithCode(page, language);
      await page.waitForURL(`${platform.baseUrl}/${language}/budgets/${proposalsCycle}/ballot`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        say(language, 'budgets.no-ballot.not-open.title'),
      );
      await expectNoAxeViolations(page);
      await context.close();
    },
  );
});

/** Presses Tab, and only Tab, until the element `selector` names has the focus; it must show it. */
