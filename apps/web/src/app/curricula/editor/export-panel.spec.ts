import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { ExportFormatInfo } from '@curriculum-builder/curriculum';
import { I18n } from '../../core/i18n/i18n';
import { CURRICULA_MESSAGES } from '../curricula.messages';
import { ExportPanel } from './export-panel';

const FORMATS: ExportFormatInfo[] = [
  {
    name: 'pdf',
    mediaType: 'application/pdf',
    summary: 'The document',
    languages: true,
    versions: [],
  },
  {
    name: 'elm',
    mediaType: 'application/ld+json',
    summary: 'Europass',
    languages: false,
    versions: [],
  },
  { name: 'csv', mediaType: 'text/csv', summary: 'Spreadsheet', languages: false, versions: [] },
  {
    name: 'odt',
    mediaType: 'application/vnd.oasis',
    summary: 'A new one',
    languages: true,
    versions: [],
  },
  {
    name: 'case',
    mediaType: 'application/json',
    summary: 'CASE',
    languages: false,
    versions: ['1.1', '1.0'],
  },
];

describe('ExportPanel', () => {
  let fixture: ComponentFixture<ExportPanel>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const settle = async () => {
    await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  };
  const links = () =>
    Array.from(page.querySelectorAll('a')).map((a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ExportPanel],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(CURRICULA_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ExportPanel);
    fixture.componentRef.setInput('curriculumId', 'c 1');
    fixture.componentRef.setInput('languages', ['de', 'lt']);
    fixture.componentRef.setInput('primaryLanguage', 'de');
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne('/api/v1/export-formats').flush(FORMATS);
    await settle();
  });

  afterEach(() => http.verify());

  it('offers every format of the registry, the PDFs in the primary language first', () => {
    expect(links()).toEqual([
      ['Curriculum document (PDF)', '/api/v1/curricula/c%201/export/pdf?lang=de'],
      ['Europass ELM (JSON-LD)', '/api/v1/curricula/c%201/export/elm'],
      ['Spreadsheet (CSV)', '/api/v1/curricula/c%201/export/csv'],
      // A format the web app has no label for yet still appears (by its key), with its language.
      ['export.format.odt', '/api/v1/curricula/c%201/export/odt?lang=de'],
      // A standard in two versions: the default, and the older one for older tools.
      ['1EdTech CASE package (JSON)', '/api/v1/curricula/c%201/export/case'],
      [
        '1EdTech CASE package (JSON) — version 1.0, for older tools',
        '/api/v1/curricula/c%201/export/case?version=1.0',
      ],
    ]);
    for (const a of Array.from(page.querySelectorAll('a')))
      expect(a.hasAttribute('download')).toBe(true);
  });

  it('switches the language of the language formats with the labelled select', async () => {
    const select = page.querySelector<HTMLSelectElement>('#export-language');
    expect(page.querySelector('label[for="export-language"]')?.textContent).toContain(
      'Language of the PDFs',
    );
    if (select === null) throw new Error('no language select');
    select.value = 'lt';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(links().map(([, href]) => href)).toEqual([
      '/api/v1/curricula/c%201/export/pdf?lang=lt',
      '/api/v1/curricula/c%201/export/elm',
      '/api/v1/curricula/c%201/export/csv',
      '/api/v1/curricula/c%201/export/odt?lang=lt',
      '/api/v1/curricula/c%201/export/case',
      '/api/v1/curricula/c%201/export/case?version=1.0',
    ]);
  });
});
