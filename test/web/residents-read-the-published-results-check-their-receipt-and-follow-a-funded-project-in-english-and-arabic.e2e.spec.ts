import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { Processors } from '@commonplan/nest';
import { axeViolations, launchChromium, saveScreenshot } from '../support/browser';
import { startWebPlatform, type WebPlatform } from '../support/web-platform';

interface Proposal {
  readonly title: { original: string; texts: Record<string, string> };
  readonly cost: string;
  readonly district?: string;
}

const PROJECTS: Record<string, Proposal> = {
  cafe: { title: { original: 'ar', texts: { ar: 'مقهى اللغة', en: 'Language café' } }, cost: '2500000' },
  bikes: { title: { original: 'en', texts: { en: 'Bicycle repair workshop' } }, cost: '3000000' },
  garden: { title: { original: 'fa', texts: { fa: 'باغ محله' } }, cost: '2000000' },
  playground: {
    title: { original: 'nl', texts: { nl: 'Speeltuin Noord', en: 'North playground' } },
    cost: '1500000',
    district: 'Noord',
  },
  benches: {
    title: { original: 'uk', texts: { uk: 'Лавки біля каналу' } },
    cost: '1000000',
    district: 'Noord',
  },
};

const REASON = {
  original: 'en',
  texts: {
    en: 'The garden site was sold before the vote closed.',
    ar: 'بيعت أرض الحديقة قبل إغلاق التصويت.',
  },
};

describe('residents read the published results, check their receipt and follow a funded project, in English and Arabic', () => {
  let platform: WebPlatform;
  let browser: Browser;
  let officer: string;
  let cycleId: string;
  const ids: Record<string, string> = {};
  const receipts: string[] = [];

  const api = () => request(platform.app.getHttpServer());
  const settled = async () => {
    await platform.app.get(Processors).relay.caughtUp();
    await platform.app.get(Processors).projections.caughtUp();
  };
  const asOfficer = (call: request.Test) => call.set('authorization', `Bearer ${officer}`);
  const advance = () => asOfficer(api().post(`/budgeting/cycles/${cycleId}/phase-advances`)).expect(201);

  const voters = async (size: number, district?: string): Promise<string[]> => {
    const codes = await platform.accessCodes(size, district);
    const tokens: string[] = [];
    for (const code of codes) {
      const signedIn = await api().post('/identity/sign-in/access-code').send({ code }).expect(201);
      tokens.push(signedIn.body.token as string);
    }
    return tokens;
  };

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startWebPlatform(), launchChromium()]);
    officer = platform.sessionFor({ role: 'officer', context: 'budgeting' });
    const cycle = await asOfficer(api().post('/budgeting/cycles'))
      .send({
        title: { original: 'en', texts: { en: 'Assen budgets 2027', ar: 'ميزانية آسن 2027' } },
        budget: { amount: '10000000', currency: 'EUR' },
        districts: [{ name: 'Noord', budget: '3000000' }],
        ballotRules: { kind: 'approval', maxChoices: 3, minChoices: 1 },
        eligibility: { verificationLevel: 'verified' },
        tallyRule: { rule: 'mes' },
      })
      .expect(201);
    cycleId = cycle.body.cycleId as string;
    for (const [name, project] of Object.entries(PROJECTS)) {
      const proposed = await asOfficer(api().post(`/budgeting/cycles/${cycleId}/projects`))
        .send({
          title: project.title,
          description: { original: project.title.original, texts: project.title.texts },
          category: 'welcome',
          costEstimate: project.cost,
          ...(project.district ? { district: project.district } : {}),
        })
        .expect(201);
      ids[name] = proposed.body.projectId as string;
    }
    await advance();
    for (const [name, project] of Object.entries(PROJECTS))
      await asOfficer(api().post(`/budgeting/projects/${ids[name]}/feasibility`))
        .send({ feasible: true, finalCost: project.cost })
        .expect(201);
    await advance();
    const north = await voters(3, 'Noord');
    const city = await voters(2);
    await settled();
    const ballots: [string, string[]][] = [
      [north[0]!, [ids.cafe!, ids.playground!]],
      [north[1]!, [ids.cafe!, ids.benches!]],
      [north[2]!, [ids.playground!, ids.garden!]],
      [city[0]!, [ids.bikes!, ids.garden!]],
      [city[1]!, [ids.cafe!, ids.bikes!]],
    ];
    for (const [token, projects] of ballots) {
      const cast = await api()
        .post(`/budgeting/cycles/${cycleId}/ballots`)
        .set('authorization', `Bearer ${token}`)
        .send({ kind: 'approval', projects })
        .expect(201);
      receipts.push(cast.body.receipt as string);
    }
    await advance();
    await settled();
    const tally = await asOfficer(api().post(`/budgeting/cycles/${cycleId}/tally`)).expect(201);
    const cityPart = (tally.body.parts as { district: string | null; selected: string[] }[]).find(
      (part) => part.district === null,
    );
    expect(cityPart).toBeDefined();
    await asOfficer(api().post(`/budgeting/cycles/${cycleId}/overrides`))
      .send({ projectId: ids.garden, decision: 'unfund', reason: REASON })
      .expect(201);
    await asOfficer(api().post(`/budgeting/cycles/${cycleId}/results`)).expect(201);
    await advance();
    await settled();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  const fresh = async (
    options: Parameters<Browser['newContext']>[0] = {},
  ): Promise<[BrowserContext, Page]> => {
    const context = await browser.newContext(options);
    return [context, await context.newPage()];
  };

  it('before publication, a cycle without results says they are not published yet', async () => {
    const other = await asOfficer(api().post('/budgeting/cycles'))
      .send({
        title: { original: 'en', texts: { en: 'Next year' } },
        budget: { amount: '100000', currency: 'EUR' },
        ballotRules: { kind: 'approval' },
        eligibility: { verificationLevel: 'verified' },
      })
      .expect(201);
    const [context, page] = await fresh();
    for (const language of ['en', 'ar']) {
      const answer = await page.goto(`${platform.baseUrl}/${language}/budgets/${other.body.cycleId}/results`);
      expect(answer?.status()).toBe(404);
      expect(await page.locator('h1').textContent()).toBe(
        language === 'en' ? 'Results not yet published' : 'النتائج لم تُنشر بعد',
      );
      expect(await axeViolations(page)).toEqual([]);
    }
    await context.close();
  });

  it.each(['en', 'ar'])(
    'in %s, the results show each district’s winners, the rule, the override and the notary',
    async (language) => {
      const [context, page] = await fresh();
      await page.goto(`${platform.baseUrl}/${language}/budgets/${cycleId}/results`);
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).toContain(language === 'en' ? 'Method of Equal Shares' : 'طريقة الحصص المتساوية');
      expect(main).toContain(language === 'en' ? 'Language café' : 'مقهى اللغة');
      expect(main).toContain(REASON.texts[language as 'en' | 'ar']);
      const euros = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'ar', {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      }).format(25000);
      expect(main).toContain(euros);
      expect(await page.getByRole('table').count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator('th[scope="col"]').count()).toBeGreaterThan(4);
      const garden = page.getByRole('row').filter({ hasText: 'باغ محله' }).first();
      expect(await garden.textContent()).toContain(
        language === 'en' ? 'Not funded by a decision of the city' : 'غير مموَّل بقرار من المدينة',
      );
      // A project written in Farsi is marked as such when read in English or Arabic.
      expect(await garden.locator('[lang="fa"]').count()).toBe(1);
      expect(main).toMatch(/[0-9a-f]{64}/);
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `results-${language}`);
      await context.close();
    },
  );

  it('reads the same without JavaScript', async () => {
    const [context, page] = await fresh({ javaScriptEnabled: false });
    await page.goto(`${platform.baseUrl}/en/budgets/${cycleId}/results`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Results of the vote');
    expect(await page.getByRole('rowheader', { name: /Language café/ }).count()).toBeGreaterThan(0);
    expect(
      await page.getByRole('heading', { name: 'Where the city departed from the count' }).isVisible(),
    ).toBe(true);
    await context.close();
  });

  it.each(['en', 'ar'])(
    'in %s, a voter finds their receipt among the counted ballots, and is told of one that is not',
    async (language) => {
      const [context, page] = await fresh();
      const en = language === 'en';
      await page.goto(`${platform.baseUrl}/${language}/budgets/${cycleId}/counted-ballots`);
      expect(await axeViolations(page)).toEqual([]);
      const receiptField = page.getByLabel(en ? 'Your receipt' : 'إيصالك');
      await receiptField.fill('not a receipt');
      await page.getByRole('button', { name: en ? 'Look it up' : 'ابحث' }).click();
      expect(await page.getByRole('alert').textContent()).toContain(
        en ? 'A receipt is 64 characters' : 'الإيصال 64 رمزًا',
      );
      expect(await axeViolations(page)).toEqual([]);
      await receiptField.fill('0'.repeat(64));
      await page.getByRole('button', { name: en ? 'Look it up' : 'ابحث' }).click();
      expect(await page.getByRole('status').textContent()).toContain(
        en ? 'This receipt is not in the list' : 'هذا الإيصال ليس في القائمة',
      );
      await receiptField.fill(` ${receipts[1]!.toUpperCase()} `);
      await page.getByRole('button', { name: en ? 'Look it up' : 'ابحث' }).click();
      const found = (await page.getByRole('status').textContent()) ?? '';
      expect(found).toContain(en ? 'Yes, your ballot was counted' : 'نعم، حُسبت ورقة اقتراعك');
      expect(found).toContain(receipts[1]);
      expect(found).toContain('Лавки біля каналу');
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `counted-ballots-${language}`);
      await context.close();
    },
  );

  it('at 320 px wide, in Arabic, the pages never scroll sideways: wide tables scroll in their own box', async () => {
    const [context, page] = await fresh({ viewport: { width: 320, height: 640 } });
    for (const address of [
      `/ar/budgets/${cycleId}/results`,
      `/ar/budgets/${cycleId}/counted-ballots?receipt=${receipts[0]}`,
      `/ar/budgets/projects/${ids.cafe}/implementation`,
    ]) {
      await page.goto(`${platform.baseUrl}${address}`);
      expect({ address, width: await page.evaluate('document.documentElement.scrollWidth') }).toEqual({
        address,
        width: 320,
      });
    }
    await context.close();
  });

  it('a funded project shows its progress and updates, and a resident follows it and is notified', async () => {
    await asOfficer(api().post(`/budgeting/projects/${ids.cafe}/implementation-updates`))
      .send({
        status: 'in-progress',
        progress: 40,
        milestones: [
          {
            title: { original: 'en', texts: { en: 'Room rented', ar: 'استُؤجرت القاعة' } },
            plannedFor: '2026-03-01',
            reachedOn: '2026-02-20',
          },
          { title: { original: 'en', texts: { en: 'First session' } }, plannedFor: '2027-05-01' },
        ],
        note: {
          original: 'en',
          texts: {
            en: 'The room is rented; volunteers are signing up.',
            ar: 'استُؤجرت القاعة، والمتطوعون يسجّلون.',
          },
        },
      })
      .expect(201);
    await settled();
    const address = (language: string) =>
      `${platform.baseUrl}/${language}/budgets/projects/${ids.cafe}/implementation`;
    const [anonymous, page] = await fresh();
    for (const language of ['en', 'ar']) {
      await page.goto(address(language));
      expect(await page.locator('progress').getAttribute('value')).toBe('40');
      expect(await page.locator('main').textContent()).toContain(
        language === 'en'
          ? 'The room is rented; volunteers are signing up.'
          : 'استُؤجرت القاعة، والمتطوعون يسجّلون.',
      );
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `implementation-${language}`);
    }
    await anonymous.close();

    const [resident, mine] = await fresh();
    await platform.signIn(resident, platform.sessionFor({ role: 'resident' }));
    await mine.goto(address('en'));
    await mine.getByRole('button', { name: 'Follow this project' }).click();
    await mine.waitForURL(address('en'));
    expect(await mine.getByRole('button', { name: 'Stop following' }).isVisible()).toBe(true);
    await asOfficer(api().post(`/budgeting/projects/${ids.cafe}/implementation-updates`))
      .send({
        status: 'delayed',
        progress: 50,
        note: { original: 'en', texts: { en: 'The first session moves to June.' } },
      })
      .expect(201);
    await settled();
    for (const language of ['en', 'ar']) {
      await mine.goto(`${platform.baseUrl}/${language}/me/notifications`);
      expect(await mine.locator('main').textContent()).toContain('The first session moves to June.');
      expect(await axeViolations(mine)).toEqual([]);
    }
    await mine.goto(address('en'));
    await mine.getByRole('button', { name: 'Stop following' }).click();
    expect(await mine.getByRole('button', { name: 'Follow this project' }).isVisible()).toBe(true);
    await resident.close();
  });
});
