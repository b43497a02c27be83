import type { Browser, Page } from 'playwright-core';
import { RunningServer, startProductionServer } from '@curriculum-builder/product-process';
import { launchChromium, saveScreenshot, seriousViolations, watchedPage } from './support/browser';
import {
  apiCall,
  apiToken,
  DEMO,
  DEMO_PASSWORD,
  demoCurriculumId,
  signIn,
} from './support/session';

const HOME = 'coordinator@demo.local';
const HOST = 'coordinator@partner.demo.local';

/**
 * The whole mobility round trip of issue #18 in Chromium, with the demo accounts: the demo school's
 * coordinator (home) and the Lithuanian partner's coordinator (host) accept a MoU, the agreement
 * for the demo learner is signed by the three, the host records the result abroad and issues the
 * transcript, home recognises it, and the learner sees the points added.
 */
describe('the mobility round trip in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  const pages: Record<string, Page> = {};
  const problems: string[][] = [];

  beforeAll(async () => {
    server = await startProductionServer({ DEMO_PASSWORD });
    browser = await launchChromium();
    for (const [who, email] of [
      ['home', HOME],
      ['host', HOST],
      ['learner', DEMO.learner],
    ] as const) {
      const watched = await watchedPage(browser, server.url);
      await signIn(watched.page, email);
      pages[who] = watched.page;
      problems.push(watched.problems);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop('SIGTERM');
  });

  const axe = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);
  const pointsLine = async (page: Page) => {
    await page.goto('/my-record');
    await page.getByRole('heading', { level: 1, name: 'My record' }).waitFor();
    return (
      await page
        .getByText(/of 210 ECVET points/)
        .first()
        .textContent()
    )?.trim();
  };
  let mouUrl = '';
  let agreementUrl = '';

  it('shows the learner the record before the mobility', async () => {
    expect(await pointsLine(pages.learner)).toMatch(/^45 of 210 ECVET points/);
    await axe(pages.learner);
  });

  it('drafts a MoU at home and proposes it to the partner school', async () => {
    const page = pages.home;
    const token = await apiToken(server.url, HOME);
    const cnc = await demoCurriculumId(server.url, token);
    const institutions = await apiCall<{ id: string; name: string }[]>(
      server.url,
      token,
      'GET',
      '/institutions',
    );
    const partner = institutions.find((i) => i.name.startsWith('Kauno'));
    await page.goto('/mobility');
    await page.getByRole('heading', { level: 1, name: 'Mobility' }).waitFor();
    await axe(page);
    await page.getByRole('link', { name: 'New MoU' }).click();
    await page.getByLabel('Title').fill('CNC-Mobilität Ludwigshafen – Kaunas 2027');
    await page.getByLabel('Curriculum').selectOption(cnc);
    await page.getByLabel('Valid from').fill('2027-01-01');
    await page.getByLabel('Valid until').fill('2029-12-31');
    await page
      .getByLabel('Assessment arrangements')
      .fill(
        'Die Gasteinrichtung bewertet mit einer Arbeitsprobe; die Heimateinrichtung erkennt an.',
      );
    const own = page.getByRole('group', { name: /^Partner 1/ });
    await own.getByLabel('Contact name').fill('Miriam Vogt');
    await own.getByLabel('Contact e-mail').fill('vogt@demo.local');
    await page.getByLabel('Partner school').selectOption(partner?.id ?? '');
    await page.getByRole('button', { name: 'Add partner' }).click();
    const host = page.getByRole('group', { name: /^Partner 2/ });
    await host.getByLabel('Contact name').fill('Dovilė Jankauskaitė');
    await host.getByLabel('Contact e-mail').fill('dovile@partner.demo.local');
    await host.getByLabel(/^ZM-11 /).check();
    await host.getByLabel(/^ZM-12 /).check();
    await axe(page);
    await page.getByRole('button', { name: 'Create MoU' }).click();
    await page.getByRole('button', { name: 'Accept and send to partners' }).click();
    await page.getByText('proposed', { exact: false }).first().waitFor();
    mouUrl = new URL(page.url()).pathname;
    expect(mouUrl).toMatch(/^\/mobility\/mous\//);
  });

  it('lets the partner school accept it from its queue', async () => {
    const page = pages.host;
    await page.goto('/mobility');
    const queue = page.getByTestId('awaiting-you');
    await queue.getByRole('link', { name: 'CNC-Mobilität Ludwigshafen – Kaunas 2027' }).click();
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await page.getByText('Accepted by all partners').first().waitFor();
    await axe(page);
    await saveScreenshot(page, 'mobility-mou');
  });

  it('drafts and signs the Learning Agreement at home, then the host and the learner sign', async () => {
    const page = pages.home;
    const token = await apiToken(server.url, HOME);
    const learners = await apiCall<{ id: string; name: string }[]>(
      server.url,
      token,
      'GET',
      '/learners',
    );
    const lukas = learners.find((l) => l.name === 'Lukas Schäfer');
    await page.goto(`/mobility/agreements/new?mou=${mouUrl.split('/').at(-1)}`);
    await page.getByRole('heading', { level: 1, name: 'New Learning Agreement' }).waitFor();
    await page.getByLabel('Learner').selectOption(lukas?.id ?? '');
    await page.getByLabel('Start date').fill('2027-03-01');
    await page.getByLabel('End date').fill('2027-04-09');
    await page.getByLabel(/^ZM-11 /).check();
    await page.getByLabel('Company').fill('UAB Tikslioji mechanika');
    await page.getByLabel('Address').fill('Pramonės pr. 8, Kaunas');
    await page.getByLabel('Mentor', { exact: true }).fill('Žydrūnas Vaitkus');
    await page.getByLabel("Mentor's e-mail").fill('zydrunas@tm.demo.local');
    await page.getByLabel('Hours').fill('240');
    await page
      .getByLabel('Assessment', { exact: true })
      .fill('Praktinė užduotis su CNC staklėmis ir pokalbis.');
    await page
      .getByLabel('Recording')
      .fill('Priimančioji institucija įrašo rezultatus į asmeninę ataskaitą.');
    await axe(page);
    await page.getByRole('button', { name: 'Create Learning Agreement' }).click();
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await page.getByText('Being signed').first().waitFor();
    agreementUrl = new URL(page.url()).pathname;

    await pages.host.goto(agreementUrl);
    await pages.host.getByRole('button', { name: 'Sign', exact: true }).click();
    await pages.host
      .getByText(/Signed on/)
      .nth(1)
      .waitFor();

    const learner = pages.learner;
    await learner.goto('/my-record');
    await learner.getByRole('link', { name: /Kauno/ }).click();
    await learner.getByRole('button', { name: 'Sign', exact: true }).click();
    await learner.getByText('Signed by all parties').first().waitFor();
    await axe(learner);
  });

  it('records the result abroad, issues the transcript, and recognises it at home', async () => {
    const page = pages.host;
    await page.goto(agreementUrl);
    await page.getByRole('heading', { name: 'Record a result' }).waitFor();
    await page.getByLabel('Unit', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Assessed on').fill('2027-04-08');
    await page.getByLabel('Assessment method').selectOption({ index: 1 });
    await page.getByLabel('Passed', { exact: true }).check();
    await page.getByLabel('Grade (optional)').fill('9');
    await page.getByLabel('Assessor', { exact: true }).fill('Žydrūnas Vaitkus');
    await page.getByLabel('Company', { exact: true }).check();
    await page.getByLabel('Name of the company').fill('UAB Tikslioji mechanika');
    await page.getByRole('button', { name: 'Record result' }).click();
    await page
      .getByRole('button', { name: /Remove result/ })
      .first()
      .waitFor();
    await axe(page);
    await page.getByRole('button', { name: 'Issue transcript' }).click();
    await page.getByRole('button', { name: 'Issue transcript' }).waitFor({ state: 'detached' });

    const home = pages.home;
    await home.goto(agreementUrl);
    await home.getByRole('button', { name: 'Recognise', exact: true }).click();
    await home
      .getByText(/Recognised: the result is now on the learner/)
      .first()
      .waitFor();
    await axe(home);
    await saveScreenshot(home, 'mobility-agreement');
  });

  it('adds the recognised points to the learner’s record, with where they were achieved', async () => {
    const page = pages.learner;
    expect(await pointsLine(page)).toMatch(/^65 of 210 ECVET points/);
    await page
      .getByText(/in the company UAB Tikslioji mechanika/)
      .first()
      .waitFor();
    await axe(page);
    await saveScreenshot(page, 'learner-record');
    for (const list of problems) expect(list).toEqual([]);
  });
  it("lets an admin export a learner's personal data and erase it, keeping the statistics", async () => {
    const { page, problems: adminProblems } = await watchedPage(browser, server.url);
    await signIn(page, DEMO.admin);
    await page.goto('/admin/learners');
    await page.getByRole('heading', { level: 1, name: "Learners' personal data" }).waitFor();
    await axe(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export data of Jonas Petrauskas' }).click();
    expect((await download).suggestedFilename()).toMatch(/^learner-.+\.json$/);
    await page.getByRole('button', { name: 'Erase the personal data of Jonas Petrauskas' }).click();
    await page.getByRole('button', { name: 'Erase personal data' }).click();
    await page.getByText('The personal data of Jonas Petrauskas is erased.').waitFor();
    expect(await page.getByRole('rowheader', { name: 'Jonas Petrauskas' }).count()).toBe(0);
    await axe(page);
    expect(adminProblems).toEqual([]);
    await page.context().close();
  });
});
