import type { CurriculumSummary, Page as CataloguePage } from '@curriculum-builder/curriculum';
import { RunningServer, startProductionServer } from '@curriculum-builder/product-process';
import type { Browser } from 'playwright-core';
import { launchChromium, saveScreenshot, watchedPage, seriousViolations } from './support/browser';
import { apiCall, apiToken, DEMO, DEMO_PASSWORD, signIn } from './support/session';

/**
 * Export and import in the web app (#13): every format of the API's registry is offered in the
 * editor, the PDFs in the chosen language; a downloaded spreadsheet imports back as a new draft
 * from the dashboard, and a broken one is refused with its problems listed.
 */
describe('export and import in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startProductionServer({ DEMO_PASSWORD });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop('SIGTERM');
  });

  it('downloads every format and imports the spreadsheet back as a new draft', async () => {
    const token = await apiToken(server.url, DEMO.teacher);
    const list = await apiCall<CataloguePage<CurriculumSummary>>(
      server.url,
      token,
      'GET',
      '/curricula',
    );
    const cnc = list.items.find((c) => c.code === 'ZM-CNC-2018');
    if (!cnc) throw new Error('demo curriculum missing');

    const { page, problems } = await watchedPage(browser, server.url);
    await signIn(page, DEMO.teacher);
    await page.goto(`/curricula/${cnc.id}`);
    const panel = page.getByRole('region', { name: 'Export' });
    await panel.getByRole('button', { name: 'Spreadsheet (CSV)' }).waitFor();
    // Each export is a background job (ADR 0032): a button that shows its progress.
    expect((await panel.locator('button.start').allTextContents()).map((t) => t.trim())).toEqual([
      'Curriculum document (PDF)',
      'Learner pathway (PDF)',
      'Europass ELM (JSON-LD)',
      '1EdTech CASE package (JSON)',
      '1EdTech CASE package (JSON) — version 1.0, for older tools',
      'Spreadsheet (CSV)',
      'Workbook (Excel, .xlsx)',
      'Curriculum document (Word, .docx)',
      'Unit tables to fill in (Word, .docx)',
    ]);
    await panel.getByLabel('Language of the PDFs').selectOption('lt');
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Learner pathway (PDF)' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toBe('ZM-CNC-2018-pathway-lt.pdf');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Spreadsheet (CSV)' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('ZM-CNC-2018.csv');
    const spreadsheet = await csv.createReadStream().then(
      (stream) =>
        new Promise<Buffer>((done, fail) => {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => done(Buffer.concat(chunks)));
          stream.on('error', fail);
        }),
    );

    await page.goto('/curricula');
    const importing = page.getByRole('region', { name: 'Import' });
    await importing.getByLabel('Format').selectOption('csv');
    await importing.getByLabel('File').setInputFiles({
      name: 'ZM-CNC-2018.csv',
      mimeType: 'text/csv',
      buffer: spreadsheet,
    });
    expect(await seriousViolations(page)).toEqual([]);
    // First checked, nothing written: what the import will create, then confirmed.
    await importing.getByRole('button', { name: 'Check the file' }).click();
    const preview = importing.getByTestId('import-preview');
    await preview.getByRole('heading', { name: 'What the import will create' }).waitFor();
    expect(await preview.textContent()).toMatch(/ZM-CNC-2018/);
    expect(await preview.textContent()).toMatch(/23 units/);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'import-preview');
    await preview.getByRole('button', { name: 'Import as a new draft' }).click();
    await page.waitForURL(
      (url) => /\/curricula\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(cnc.id),
    );
    await page.getByTestId('status').filter({ hasText: 'Draft' }).waitFor();
    await page.getByRole('heading', { level: 1, name: /Zerspanungsmechaniker/ }).waitFor();
    expect(problems).toEqual([]);

    // A spreadsheet with a point value the API refuses: nothing stored, the problem at its cell.
    const broken = spreadsheet
      .toString('utf8')
      .replace(/\r\ncurriculum,([^\r\n]*)/, (row) => row.replace(/,60,/, ',500,'));
    await page.goto('/curricula');
    await importing.getByLabel('File').setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(broken, 'utf8'),
    });
    await importing.getByRole('button', { name: 'Check the file' }).click();
    const alert = importing.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/not imported/);
    await saveScreenshot(page, 'import-refused');

    // The Excel workbook of the export, imported back (a binary file) after its check.
    await page.goto(`/curricula/${cnc.id}`);
    const [workbook] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Workbook (Excel, .xlsx)' }).click(),
    ]);
    expect(workbook.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbookPath = await workbook.path();
    await page.goto('/curricula');
    await importing.getByLabel('Format').selectOption('xlsx');
    await importing.getByLabel('File').setInputFiles(workbookPath);
    await importing.getByRole('button', { name: 'Check the file' }).click();
    await preview.getByRole('heading', { name: 'What the import will create' }).waitFor();
    expect(await preview.textContent()).toMatch(/23 units/);
    await preview.getByRole('button', { name: 'Import as a new draft' }).click();
    await page.waitForURL(
      (url) => /\/curricula\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(cnc.id),
    );
    await page.getByTestId('status').filter({ hasText: 'Draft' }).waitFor();
    await page.context().close();
  });

  it('recognises its own CASE package: an update with nothing to change, no new draft', async () => {
    const token = await apiToken(server.url, DEMO.teacher);
    const list = await apiCall<CataloguePage<CurriculumSummary>>(
      server.url,
      token,
      'GET',
      '/curricula?pageSize=100',
    );
    // The published demo curriculum (the spreadsheet imports above made drafts of the same code).
    const cnc = list.items.find((c) => c.code === 'ZM-CNC-2018' && c.status === 'published');
    if (!cnc) throw new Error('demo curriculum missing');

    const { page, problems } = await watchedPage(browser, server.url);
    await signIn(page, DEMO.teacher);
    await page.goto(`/curricula/${cnc.id}`);
    const panel = page.getByRole('region', { name: 'Export' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: '1EdTech CASE package (JSON)', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ZM-CNC-2018-case.json');
    const packagePath = await download.path();

    await page.goto('/curricula');
    const importing = page.getByRole('region', { name: 'Import' });
    await importing.getByLabel('Format').selectOption('case');
    await importing.getByLabel('File').setInputFiles(packagePath);
    await importing.getByRole('button', { name: 'Check the file' }).click();
    const preview = importing.getByTestId('import-preview');
    await preview.getByRole('heading', { name: 'What the import will change' }).waitFor();
    const update = importing.getByTestId('import-update');
    await update.waitFor();
    expect(await update.textContent()).toMatch(/ZM-CNC-2018/);
    expect(await update.textContent()).toMatch(/Nothing to change/);
    // Nothing to confirm: the curriculum is one link away, and no draft is made.
    expect(await preview.getByRole('button', { name: 'Update the draft' }).count()).toBe(0);
    expect(await preview.getByRole('button', { name: 'Import as a new draft' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'import-case-unchanged');
    await update.getByRole('link', { name: 'Open curriculum ZM-CNC-2018' }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/curricula/${cnc.id}`));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
