import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import request from 'supertest';
import { officeCommentFormsMessages } from '../../apps/gateway/src/web/office-consultations/office-comment-forms.messages';
import { officeCommentsMessages } from '../../apps/gateway/src/web/office-consultations/office-comments.messages';
import { officeConsultationsMessages } from '../../apps/gateway/src/web/office-consultations/office-consultations.messages';
import { officeOutcomeMessages } from '../../apps/gateway/src/web/office-consultations/office-outcome.messages';
import { Processors } from '@commonplan/nest';
import { axeViolations, launchChromium, saveScreenshot } from '../support/browser';
import { startWebPlatform, type WebPlatform } from '../support/web-platform';

jest.setTimeout(240_000);

const say = {
  ...officeConsultationsMessages.en,
  ...officeCommentsMessages.en,
  ...officeCommentFormsMessages.en,
  ...officeOutcomeMessages.en,
};

const PLAN = [
  '# Welcome plan',
  '',
  '## Language',
  '',
  '1. Evening language classes. Free classes in the evenings for newcomers who work during the day.',
  '   Department: Education Office',
  '2. Interpreters. Interpreters at every service desk of the city.',
  '',
  '## Housing',
  '',
  '3. Welcome desk. A desk that helps newcomers find a flat.',
  '',
].join('\n');

/** A measure before any section: the import is refused, naming line 3. */
const MISPLACED = ['# Welcome plan', '', '1. Evening classes.', '', '## Language', ''].join('\n');

/** What a `datetime-local` input takes: the server's own clock, to the second (never :00, which the browser drops). */
const localInput = (at: Date): string => {
  const moment = at.getSeconds() === 0 ? new Date(at.getTime() + 1000) : at;
  const two = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${two(moment.getMonth() + 1)}-${two(moment.getDate())}T${two(moment.getHours())}:${two(moment.getMinutes())}:${two(moment.getSeconds())}`;
};

describe('an officer answers the comments of a consultation, amends the plan and publishes the outcome', () => {
  let platform: WebPlatform;
  let browser: Browser;
  let officer: BrowserContext;
  let page: Page;
  let consultationId: string;
  let closesAt: Date;
  /** When the paper letter arrived at the town hall: inside the period, after the comments sent online. */
  let letterArrived: Date;
  const comments: string[] = [];

  const api = () => request(platform.app.getHttpServer());
  const caughtUp = () => platform.app.get(Processors).projectionsCaughtUp();
  const office = (path: string, language = 'en') =>
    `${platform.baseUrl}/${language}/office/consultations${path}`;
  const officerToken = () =>
    platform.sessionFor({ role: 'officer', context: 'consultations' }, { role: 'moderator' });
  const cardOf = (number: number): Locator =>
    page.locator('article', {
      has: page.getByRole('heading', { name: new RegExp(`^Comment ${number}\\b`) }),
    });
  const alertText = () => page.getByRole('alert').textContent();
  const expectAccessible = async () => expect(await axeViolations(page)).toEqual([]);

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startWebPlatform(), launchChromium()]);
    officer = await browser.newContext();
    await platform.signIn(officer, officerToken());
    page = await officer.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('sends a stranger to the staff sign-in and tells a resident the pages are not for them', async () => {
    const stranger = await browser.newContext();
    const strangerPage = await stranger.newPage();
    await strangerPage.goto(office(''));
    expect(new URL(strangerPage.url()).pathname).toBe('/en/office/sign-in');
    await stranger.close();

    const resident = await browser.newContext();
    await platform.signIn(resident, platform.sessionFor({ role: 'resident' }));
    const residentPage = await resident.newPage();
    const answer = await residentPage.goto(office('/new'));
    expect(answer?.status()).toBe(403);
    await resident.close();

    expect((await page.goto(office('/not-a-consultation')))?.status()).toBe(404);
  });

  it('imports a plan, naming the line a refused file breaks at, and publishes it as version 1', async () => {
    await page.goto(office(''));
    await expectAccessible();
    await page.getByRole('link', { name: say['office-consultations.import.title'] }).first().click();
    await page.getByLabel(say['office-consultations.import.markdown'], { exact: true }).fill(MISPLACED);
    await page.getByRole('button', { name: say['office-consultations.import.submit'] }).click();
    await expect(alertText()).resolves.toContain('Line 3: a measure goes under a ## heading');
    expect(await page.locator('#field-markdown-error').textContent()).toContain('Line 3');
    await expectAccessible();

    await page.getByLabel(say['office-consultations.import.markdown'], { exact: true }).fill(PLAN);
    await page.getByRole('button', { name: say['office-consultations.import.submit'] }).click();
    await page.waitForURL(/\/en\/office\/consultations\/plans\/[0-9a-f-]{36}$/);
    await expect(page.locator('main').textContent()).resolves.toContain('2 sections, 3 measures');
    await expectAccessible();
    await page.getByRole('button', { name: say['office-consultations.plan.publish'] }).click();
    await page.waitForURL(/\/en\/office\/consultations\/new\?plan=/);
  });

  it('opens a consultation on version 1, closing soon, in English and Arabic', async () => {
    await expectAccessible();
    await page
      .getByLabel(say['office-consultations.open.name'], { exact: true })
      .fill('Welcome plan: tell us what you think');
    await page
      .getByLabel(say['office-consultations.open.explanation'], { exact: true })
      .fill('Every comment is answered in the outcome report.');
    // Soon enough that publishing need not wait long; the answering and amending below run before or
    // after the closing, as they may in a real consultation.
    closesAt = new Date(Date.now() + 30_000);
    await page
      .getByLabel(say['office-consultations.open.closesAt'], { exact: true })
      .fill(localInput(closesAt));
    await page.getByRole('checkbox', { name: 'Arabic' }).check();
    await page.getByRole('button', { name: say['office-consultations.open.submit'] }).click();
    await page.waitForURL(/\/en\/office\/consultations\/[0-9a-f-]{36}$/);
    consultationId = new URL(page.url()).pathname.split('/').at(-1)!;

    await caughtUp();
    const opened = await api().get(`/consultations/${consultationId}`).expect(200);
    expect(opened.body).toMatchObject({ languages: ['en', 'ar'], status: 'open', whoMayComment: 'anyone' });
    expect(Math.abs(Date.parse(opened.body.closesAt as string) - closesAt.getTime())).toBeLessThan(2000);

    const version = await api().get(`/consultations/plans/${opened.body.planId}/versions/1`).expect(200);
    const measureId = version.body.sections[0].measures[0].measureId as string;
    const bodies = [
      { target: { kind: 'measure', measureId }, text: 'Classes at 18:00 are too early for shift workers.' },
      { target: { kind: 'plan' }, text: 'Please publish the plan in Arabic too.' },
      { target: { kind: 'plan' }, text: 'An Arabic version of the plan, please.' },
      { target: { kind: 'plan' }, text: 'Add a measure for childcare during classes.' },
      { target: { kind: 'plan' }, text: 'Please, the plan in Arabic!' },
    ];
    for (const body of bodies) {
      const taken = await api()
        .post(`/consultations/${consultationId}/comments`)
        .set('authorization', `Bearer ${platform.sessionFor({ role: 'resident' })}`)
        .send({ ...body, language: 'en', contributorType: 'individual' })
        .expect(201);
      comments.push(taken.body.commentId as string);
    }
    // After the comments above, so it is numbered sixth, and before the closing.
    letterArrived = new Date(Date.now() + 1000);
    await caughtUp();

    await page.goto(office(`/${consultationId}/outcome/new`));
    await page.getByRole('button', { name: say['office-consultations.outcome.submit'] }).click();
    await expect(alertText()).resolves.toContain('The consultation is still open');
  });

  it('answers one comment alone and two together, enters a letter, hides it and marks a duplicate', async () => {
    await page.goto(office(`/${consultationId}`));
    await expect(page.getByRole('link', { name: 'Unanswered (5)' }).isVisible()).resolves.toBe(true);

    const first = cardOf(1);
    await first.getByText(say['office-consultations.response.draft']).click();
    await first.getByLabel(say['office-consultations.response.not-accepted'], { exact: true }).check();
    await first
      .getByLabel(say['office-consultations.response.reason'], { exact: true })
      .fill('Classes start at 19:00 already.');
    await first
      .getByLabel(say['office-consultations.response.unit'], { exact: true })
      .fill('Education Office');
    await first.getByRole('button', { name: say['office-consultations.response.save'] }).click();
    await page.waitForURL(office(`/${consultationId}`));

    await page.getByLabel('Select comment 2 for a shared response').check();
    await page.getByLabel('Select comment 3 for a shared response').check();
    const together = page.getByRole('region', { name: say['office-consultations.bulk.title'] });
    await together.getByLabel(say['office-consultations.response.noted'], { exact: true }).check();
    await together
      .getByLabel(say['office-consultations.response.reason'], { exact: true })
      .fill('The plan will be translated into Arabic.');
    await together
      .getByLabel(say['office-consultations.response.unit'], { exact: true })
      .fill('Mayor’s office');
    await together.getByRole('button', { name: say['office-consultations.bulk.submit'] }).click();
    await page.waitForURL(office(`/${consultationId}`));

    await caughtUp();
    const listed = await api()
      .get(`/consultations/${consultationId}/comments`)
      .set('authorization', `Bearer ${officerToken()}`)
      .expect(200);
    const drafts = new Map<string, { status: string; bulkGroupId: string | null }>(
      listed.body.comments.map((comment: { commentId: string; draftResponse: never }) => [
        comment.commentId,
        comment.draftResponse,
      ]),
    );
    expect(drafts.get(comments[0]!)).toMatchObject({ status: 'not-accepted', bulkGroupId: null });
    expect(drafts.get(comments[1]!)).toMatchObject({ status: 'noted' });
    expect(drafts.get(comments[1]!)!.bulkGroupId).not.toBeNull();
    expect(drafts.get(comments[2]!)!.bulkGroupId).toBe(drafts.get(comments[1]!)!.bulkGroupId);

    const letter = page.getByRole('region', { name: say['office-consultations.offline.title'] });
    await letter.getByText(say['office-consultations.offline.summary']).click();
    await letter.getByLabel(say['office-consultations.channel.paper'], { exact: true }).check();
    await letter
      .getByLabel(say['office-consultations.offline.text'], { exact: true })
      .fill('Spam spam spam.');
    // Entered perhaps after the closing, but dated when it arrived, within the period.
    await letter
      .getByLabel(say['office-consultations.offline.received'], { exact: true })
      .fill(localInput(letterArrived));
    await letter.getByRole('button', { name: say['office-consultations.offline.submit'] }).click();
    await page.waitForURL(office(`/${consultationId}`));
    const sixth = cardOf(6);
    await sixth.getByText(say['office-consultations.hide.summary']).click();
    await sixth
      .getByLabel(say['office-consultations.hide.reason'], { exact: true })
      .fill('Advertising, not a comment on the plan.');
    await sixth.getByRole('button', { name: say['office-consultations.hide.submit'] }).click();
    await page.waitForURL(office(`/${consultationId}`));
    const fifth = cardOf(5);
    await fifth.locator('summary', { hasText: say['office-consultations.duplicate.summary'] }).click();
    await fifth
      .getByLabel(say['office-consultations.duplicate.of'], { exact: true })
      .selectOption({ label: 'Comment 2' });
    await fifth.getByRole('button', { name: say['office-consultations.duplicate.submit'] }).click();
    await page.waitForURL(office(`/${consultationId}`));
    await caughtUp();
    await page.goto(office(`/${consultationId}?show=hidden`));
    await expect(cardOf(6).textContent()).resolves.toContain('Advertising, not a comment on the plan.');
    await page.goto(office(`/${consultationId}?show=answered`));
    await expect(cardOf(5).textContent()).resolves.toContain('Duplicate of comment 2');
  });

  it('amends a measure citing the comment behind it, and withdraws a second amendment', async () => {
    await page.goto(office(`/${consultationId}/amendments/new`));
    await page
      .getByLabel(say['office-consultations.amendments.measure'], { exact: true })
      .selectOption({ index: 0 });
    await page
      .getByLabel(say['office-consultations.amendments.new-text'], { exact: true })
      .fill('Free classes in the evenings, with childcare.');
    await page.getByLabel(/^Comment 4:/).check();
    await page.getByRole('button', { name: say['office-consultations.amendments.submit'] }).click();
    await page.waitForURL(office(`/${consultationId}/amendments/new`));

    await page
      .getByLabel(say['office-consultations.amendments.measure'], { exact: true })
      .selectOption({ index: 1 });
    await page
      .getByLabel(say['office-consultations.amendments.new-text'], { exact: true })
      .fill('Interpreters at every desk.');
    await page
      .getByLabel(say['office-consultations.amendments.elsewhere'], { exact: true })
      .fill('The council’s budget decision.');
    await page.getByRole('button', { name: say['office-consultations.amendments.submit'] }).click();
    await page.waitForURL(office(`/${consultationId}/amendments/new`));
    await page.getByRole('button', { name: /Withdraw · Amendment of measure 2/ }).click();
    await page.waitForURL(office(`/${consultationId}/amendments/new`));

    const amendments = await api()
      .get(`/consultations/${consultationId}/amendments`)
      .set('authorization', `Bearer ${officerToken()}`)
      .expect(200);
    expect(amendments.body.amendments).toEqual([
      expect.objectContaining({ motivatedBy: [comments[3]], withdrawn: false }),
      expect.objectContaining({ motivatedBy: [], withdrawn: true }),
    ]);
    await expect(page.locator('main').textContent()).resolves.toContain('Cites comments 4');
  });

  it.each(['en', 'ar'])('in %s, every officer page of the consultation passes axe-core', async (language) => {
    await caughtUp();
    for (const path of [
      '',
      '/new',
      '/plans/new',
      `/${consultationId}`,
      `/${consultationId}?show=all`,
      `/${consultationId}/amendments/new`,
      `/${consultationId}/outcome/new`,
    ]) {
      await page.goto(office(path, language));
      expect(await page.getAttribute('html', 'dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    }
    await page.goto(office(`/${consultationId}?show=all`, language));
    await saveScreenshot(page, `office-consultation-${language}`);
  });

  it('publishes the outcome once closed, refused while comments are unanswered unless listed as such', async () => {
    await sleep(Math.max(0, closesAt.getTime() - Date.now()) + 500);
    await page.goto(office(`/${consultationId}/outcome/new`));
    await page.getByRole('button', { name: say['office-consultations.outcome.submit'] }).click();
    await expect(alertText()).resolves.toContain('Some comments have no response');
    await expectAccessible();

    await page.getByLabel(say['office-consultations.outcome.with-unanswered'], { exact: true }).check();
    await page.getByRole('button', { name: say['office-consultations.outcome.submit'] }).click();
    await page.waitForURL(office(`/${consultationId}/outcome`));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      say['office-consultations.published.title'],
    );
    expect(
      await page
        .getByRole('link', { name: say['office-consultations.published.public'] })
        .getAttribute('href'),
    ).toBe(`/en/consultations/${consultationId}/outcome`);
    await expectAccessible();
    await saveScreenshot(page, 'office-outcome-en');
    await page.goto(office(`/${consultationId}/outcome`, 'ar'));
    await expectAccessible();
    await saveScreenshot(page, 'office-outcome-ar');

    const report = await api().get(`/consultations/${consultationId}/outcome`).expect(200);
    expect(JSON.stringify(report.body)).toContain('Free classes in the evenings, with childcare.');
    const csv = await page
      .getByRole('link', { name: officeOutcomeMessages.ar['office-consultations.published.csv'] })
      .getAttribute('href');
    await api().get(csv!).expect(200);
  });
});
