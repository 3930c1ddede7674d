import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { commentFormMessages } from '../../apps/gateway/src/web/consultations/comment-form.messages';
import { consultationsMessages } from '../../apps/gateway/src/web/consultations/consultations.messages';
import { outcomeMessages } from '../../apps/gateway/src/web/consultations/outcome.messages';
import { meMessages } from '../../apps/gateway/src/web/me/me.messages';
import { Processors } from '@commonplan/nest';
import { axeViolations, launchChromium, saveScreenshot, tabTo } from '../support/browser';
import { startWebPlatform, type WebPlatform } from '../support/web-platform';

jest.setTimeout(180_000);

type Language = 'en' | 'ar';
const LANGUAGES: readonly Language[] = ['en', 'ar'];
const says = {
  ...consultationsMessages.en,
  ...commentFormMessages.en,
  ...meMessages.en,
};
type Key = keyof typeof says;
const say = (language: Language, key: Key): string =>
  ({ ...consultationsMessages[language], ...commentFormMessages[language], ...meMessages[language] })[key];

const PLAN = [
  '# Welcome plan',
  '',
  'What the city does in a newcomer’s first year.',
  '',
  '## Language',
  '',
  'Learning the language opens every other door.',
  '',
  '1. Evening language classes. Free classes in the evenings for newcomers who work during the day.',
  '   Department: Education Office',
  '   Budget: 120000 EUR',
  '   Target groups: newcomers; working parents',
  '   Indicators: places offered each term',
  '2. Interpreters. Interpreters at every service desk of the city.',
  '',
  '## Housing',
  '',
  '3. Welcome desk. A desk that helps newcomers find a flat.',
  '',
].join('\n');

const PASSAGE = 'in the evenings';

interface Measure {
  readonly measureId: string;
  readonly number: string;
  readonly title: string;
  readonly text: string;
  readonly department: string | null;
  readonly budget: { readonly amount: string; readonly currency: string } | null;
  readonly targetGroups: readonly string[];
  readonly indicators: readonly string[];
}

describe('a resident comments on a passage of a draft plan and later reads the city’s answer on their own page', () => {
  let platform: WebPlatform;
  let browser: Browser;
  let officer: string;
  /** Closes soon after the start, so its outcome can be published within the test. */
  let closing: { consultationId: string; planId: string; closesAt: number; measure: Measure };
  /** Stays open for the whole run: the keyboard, refusal, withdrawal and accessibility checks use it. */
  let open: { consultationId: string; measure: Measure };
  /** The resident who comments on a passage of the closing consultation, and later reads the answer. */
  let commenter: { context: BrowserContext; page: Page; token: string };
  let passageCommentId: string;

  const api = () => request(platform.app.getHttpServer());
  const caughtUp = () => platform.app.get(Processors).projectionsCaughtUp();

  const publishedPlan = async (): Promise<{ planId: string; measure: Measure }> => {
    const imported = await api()
      .post('/consultations/plan-imports')
      .set('authorization', `Bearer ${officer}`)
      .send({ markdown: PLAN, kind: 'action-plan', language: 'en' })
      .expect(201);
    const planId = imported.body.planId as string;
    await api()
      .post(`/consultations/plans/${planId}/versions`)
      .set('authorization', `Bearer ${officer}`)
      .expect(201);
    await caughtUp();
    const version = await api().get(`/consultations/plans/${planId}/versions/1`).expect(200);
    return { planId, measure: version.body.sections[0].measures[0] as Measure };
  };

  const openConsultation = async (planId: string, closesAt?: number): Promise<string> => {
    const opened = await api()
      .post('/consultations')
      .set('authorization', `Bearer ${officer}`)
      .send({
        planId,
        planVersion: 1,
        title: {
          original: 'en',
          texts: { en: 'Welcome plan for newcomers', ar: 'خطة الترحيب بالقادمين الجدد' },
        },
        explanation: {
          original: 'en',
          texts: {
            en: 'Every comment is answered in the outcome report, with the changes it led to.',
            ar: 'يُرد على كل تعليق في تقرير النتيجة، مع التغييرات التي أدى إليها.',
          },
        },
        languages: ['en', 'ar'],
        whoMayComment: 'anyone',
        ...(closesAt ? { closesAt: new Date(closesAt).toISOString() } : {}),
      })
      .expect(201);
    await caughtUp();
    return opened.body.consultationId as string;
  };

  const residentIn = async (): Promise<{ context: BrowserContext; page: Page; token: string }> => {
    const token = platform.sessionFor({ role: 'resident' });
    const context = await browser.newContext();
    await platform.signIn(context, token);
    return { context, page: await context.newPage(), token };
  };

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startWebPlatform(), launchChromium()]);
    officer = platform.sessionFor({ role: 'officer', context: 'consultations' });
    const first = await publishedPlan();
    const closesAt = Date.now() + 30_000;
    closing = { ...first, closesAt, consultationId: await openConsultation(first.planId, closesAt) };
    const second = await publishedPlan();
    open = { measure: second.measure, consultationId: await openConsultation(second.planId) };
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('selecting words of a measure and pressing the button comments on exactly them', async () => {
    commenter = await residentIn();
    const { page } = commenter;
    await page.goto(`${platform.baseUrl}/en/consultations/${closing.consultationId}`);
    await selectInFirstMeasure(page, PASSAGE);
    await page
      .locator('article.measure')
      .first()
      .getByRole('button', { name: says['consultations.comment-on.selection'] })
      .click();
    await page.waitForURL(/\/comments\/new\?/);
    expect(await page.getByLabel(says['consultations.form.quote']).inputValue()).toBe(PASSAGE);
    await page
      .getByLabel(says['consultations.form.text'], { exact: true })
      .fill('Please keep them free for parents too.');
    await page.getByRole('button', { name: says['consultations.form.submit'] }).click();
    await page.waitForURL(/\/comments\/sent$/);
    await expect(page.getByRole('status').textContent()).resolves.toContain(says['consultations.taken.body']);

    await caughtUp();
    const listed = await api().get(`/consultations/${closing.consultationId}/comments`).expect(200);
    const start = closing.measure.text.indexOf(PASSAGE);
    expect(listed.body.comments).toHaveLength(1);
    const comment = listed.body.comments[0];
    passageCommentId = comment.commentId as string;
    expect(comment.target).toEqual({
      kind: 'passage',
      measureId: closing.measure.measureId,
      start,
      end: start + PASSAGE.length,
      quote: PASSAGE,
    });
    expect(comment.contributor).toEqual({ type: 'individual', publishedAs: 'anonymous' });
  });

  it.each(LANGUAGES)(
    'in %s, the list, the consultation, the comment form and my page pass axe-core',
    async (language) => {
      const { context, page } = await residentIn();
      for (const [name, address] of [
        ['consultations', `/${language}/consultations`],
        ['consultation', `/${language}/consultations/${open.consultationId}`],
        [
          'comment-form',
          `/${language}/consultations/${open.consultationId}/comments/new?target=measure:${open.measure.measureId}`,
        ],
        ['me', `/${language}/me`],
      ] as const) {
        await page.goto(`${platform.baseUrl}${address}`);
        expect(await page.locator('h1').count()).toBe(1);
        expect(await axeViolations(page)).toEqual([]);
        if (name === 'consultation' || name === 'comment-form')
          await saveScreenshot(page, `${name}-${language}`);
      }
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`${platform.baseUrl}/${language}/consultations/${open.consultationId}`);
      expect(
        await page.evaluate(() => (globalThis as unknown as InPage).document.documentElement.scrollWidth),
      ).toBeLessThanOrEqual(320);
      await context.close();
    },
  );

  it('a keyboard alone reaches a measure’s comment form and sends a comment, the focus always visible', async () => {
    const { context, page, token } = await residentIn();
    await page.goto(`${platform.baseUrl}/en/consultations/${open.consultationId}`);
    await tabTo(page, `a[href*="target=measure:${open.measure.measureId}"]`);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/comments\/new\?/);
    // The passage typed into its field, as someone does who cannot or does not select text.
    await tabTo(page, '#field-quote');
    await page.keyboard.type(PASSAGE);
    await tabTo(page, '#field-text');
    await page.keyboard.type('Twice a week would be enough.');
    await tabTo(page, 'button[type=submit]:not(.link-button)');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/comments\/sent$/);
    await caughtUp();
    const mine = await api()
      .get('/consultations/me/comments')
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    expect(mine.body.comments).toMatchObject([
      {
        text: 'Twice a week would be enough.',
        target: {
          kind: 'passage',
          measureId: open.measure.measureId,
          start: open.measure.text.indexOf(PASSAGE),
          end: open.measure.text.indexOf(PASSAGE) + PASSAGE.length,
          quote: PASSAGE,
        },
      },
    ]);
    await context.close();
  });

  it('a passage that is not in the measure and an empty comment are named beside their fields and announced', async () => {
    const { context, page } = await residentIn();
    await page.goto(
      `${platform.baseUrl}/ar/consultations/${open.consultationId}/comments/new?target=measure:${open.measure.measureId}`,
    );
    await page.getByLabel(say('ar', 'consultations.form.quote')).fill('words the measure never says');
    await page.getByRole('button', { name: say('ar', 'consultations.form.submit') }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      say('ar', 'consultations.form.error.quote'),
    );
    expect(await page.getAttribute('#field-quote', 'aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel(say('ar', 'consultations.form.quote')).fill(PASSAGE);
    await page.getByRole('button', { name: say('ar', 'consultations.form.submit') }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      say('ar', 'consultations.form.error.text'),
    );
    expect(await page.getAttribute('#field-text', 'aria-invalid')).toBe('true');
    expect(await page.getByLabel(say('ar', 'consultations.form.quote')).inputValue()).toBe(PASSAGE);
    await context.close();
  });

  it('a resident withdraws their comment from their page while the consultation is open', async () => {
    const { context, page, token } = await residentIn();
    const sent = await api()
      .post(`/consultations/${open.consultationId}/comments`)
      .set('authorization', `Bearer ${token}`)
      .send({
        target: { kind: 'plan' },
        text: 'I changed my mind.',
        language: 'en',
        contributorType: 'individual',
      })
      .expect(201);
    await caughtUp();
    await page.goto(`${platform.baseUrl}/en/me/comments`);
    await page.getByRole('button', { name: says['me.comment.withdraw'] }).click();
    await page.waitForURL(/\/me\/comments\?withdrawn=1$/);
    await expect(page.getByRole('status').textContent()).resolves.toContain(says['me.comments.withdrawn']);
    await caughtUp();
    const mine = await api()
      .get('/consultations/me/comments')
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    expect(mine.body.comments).toMatchObject([{ commentId: sent.body.commentId, withdrawn: true }]);
    await context.close();
  });

  it('someone not signed in is sent to sign in first, and comes back to the form', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const form = `/fr/consultations/${open.consultationId}/comments/new?target=plan`;
    await page.goto(`${platform.baseUrl}${form}`);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/fr/sign-in');
    expect(url.searchParams.get('next')).toBe(form);
    await context.close();
  });

  // Last but for the outcome pages: the consultation closes meanwhile, while the checks above run.
  it('once the consultation has closed and the city has answered, the answer shows on /me/comments', async () => {
    const { context, page, token } = commenter;
    const comment = { commentId: passageCommentId };
    const amendment = await api()
      .post(`/consultations/${closing.consultationId}/amendments`)
      .set('authorization', `Bearer ${officer}`)
      .send({
        kind: 'change',
        measureId: closing.measure.measureId,
        content: {
          title: closing.measure.title,
          text: `${closing.measure.text} Parents may bring their children.`,
          department: closing.measure.department,
          budget: closing.measure.budget,
          targetGroups: closing.measure.targetGroups,
          indicators: closing.measure.indicators,
        },
        origin: 'comments',
        motivatedBy: [comment.commentId],
      })
      .expect(201);
    await api()
      .put(`/consultations/${closing.consultationId}/comments/${comment.commentId}/response`)
      .set('authorization', `Bearer ${officer}`)
      .send({
        status: 'accepted',
        reason: {
          original: 'en',
          texts: { en: 'Children may now come along.', ar: 'يمكن للأطفال الآن الحضور مع أهلهم.' },
        },
        respondingUnit: 'Education Office',
        amendmentIds: [amendment.body.amendmentId],
      })
      .expect((response) => expect(response.status).toBeLessThan(300));
    await sleep(Math.max(0, closing.closesAt - Date.now() + 200));
    await caughtUp();
    await api()
      .post(`/consultations/${closing.consultationId}/outcome`)
      .set('authorization', `Bearer ${officer}`)
      .send({})
      .expect(201);
    await caughtUp();

    for (const language of LANGUAGES) {
      await page.goto(`${platform.baseUrl}/${language}/me/comments`);
      const answer = page.locator('.response');
      await expect(answer.textContent()).resolves.toContain(
        language === 'en' ? 'Children may now come along.' : 'يمكن للأطفال الآن الحضور مع أهلهم.',
      );
      await expect(answer.textContent()).resolves.toContain(
        ({ en: 'Accepted', ar: 'مقبول' } as const)[language],
      );
      await expect(page.locator('mark.quoted').textContent()).resolves.toBe(PASSAGE);
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `my-comments-${language}`);
    }
    const mine = await api()
      .get('/consultations/me/comments')
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    expect(mine.body.comments[0].response.status).toBe('accepted');
    await context.close();
  });

  it.each(LANGUAGES)(
    'in %s, the outcome and the plan diff read as pages, with the comment behind the change',
    async (language) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${platform.baseUrl}/${language}/consultations/${closing.consultationId}`);
      await page.getByRole('link', { name: say(language, 'consultations.detail.outcome') }).click();
      await page.waitForURL(/\/outcome$/);
      await expect(page.locator('main').textContent()).resolves.toContain(
        'Please keep them free for parents too.',
      );
      const csv = await page.getByRole('link', { name: /CSV/ }).getAttribute('href');
      await api()
        .get(csv!)
        .expect(200)
        .expect('content-type', /text\/csv/);
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `outcome-${language}`);

      await page.locator(`a[href*="/plans/${closing.planId}/diff"]`).click();
      await page.waitForURL(/\/diff\?from=1&to=2$/);
      await expect(page.locator('ins').first().textContent()).resolves.toContain(
        'Parents may bring their children.',
      );
      // Only the words the amendment added are marked, and named in words for screen readers.
      expect(await page.locator('.word-diff del').count()).toBe(0);
      await expect(page.locator('.word-diff ins').textContent()).resolves.toBe(
        `${outcomeMessages[language]['consultations.diff.added']}Parents may bring their children.`,
      );
      await expect(page.locator('main').textContent()).resolves.toContain(
        'Please keep them free for parents too.',
      );
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `plan-diff-${language}`);
      await context.close();
    },
  );
});

/** What the scripts in the page see, as far as these checks use it: the project compiles without the DOM. */
interface InPageNode {
  readonly textContent: string | null;
}
interface InPageRange {
  setStart(node: InPageNode, offset: number): void;
  setEnd(node: InPageNode, offset: number): void;
}
interface InPage {
  readonly document: {
    querySelector(selector: string): { readonly firstChild: InPageNode | null } | null;
    createRange(): InPageRange;
    readonly documentElement: { readonly scrollWidth: number };
  };
  getSelection(): { removeAllRanges(): void; addRange(range: InPageRange): void } | null;
}

/** Selects `words` in the first measure's text as a reader would with the mouse or Shift+arrows. */
const selectInFirstMeasure = (page: Page, words: string): Promise<void> =>
  page.evaluate((wanted) => {
    const inPage = globalThis as unknown as InPage;
    const text = inPage.document.querySelector('article.measure [data-measure-text]')!.firstChild!;
    const start = text.textContent!.indexOf(wanted);
    const range = inPage.document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + wanted.length);
    const selection = inPage.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, words);

/** Presses Tab, and only Tab, until the element `selector` names has the focus; it must show it. */
