import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18n } from '../../core/i18n/i18n';
import { entryFixture } from '../../library/testing/library-fixtures';
import { CURRICULA_MESSAGES } from '../curricula.messages';
import { ShareUnit } from './share-unit';

describe('ShareUnit', () => {
  let fixture: ComponentFixture<ShareUnit>;
  let http: HttpTestingController;
  let host: HTMLElement;

  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function settle(): Promise<void> {
    for (let i = 0; i < 5; i++) await new Promise((done) => setTimeout(done));
    fixture.detectChanges();
  }

  async function render(unitId: string | null): Promise<void> {
    TestBed.configureTestingModule({
      imports: [ShareUnit],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(CURRICULA_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ShareUnit);
    fixture.componentRef.setInput('curriculumId', 'c1');
    fixture.componentRef.setInput('unitId', unitId);
    host = fixture.nativeElement as HTMLElement;
    await settle();
  }

  async function share(keywords: string): Promise<unknown> {
    const input = host.querySelector('input') as HTMLInputElement;
    input.value = keywords;
    input.dispatchEvent(new Event('input'));
    await settle();
    (host.querySelector('button') as HTMLButtonElement).click();
    await settle();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/library' });
    request.flush(entryFixture({ version: 1 }), { status: 201, statusText: 'Created' });
    await settle();
    return request.request.body;
  }

  afterEach(() => http.verify());

  it('shares a unit with its licence and keywords', async () => {
    await render('u1');
    expect(text(host.querySelector('summary'))).toBe('Share in the shared library');
    expect(host.querySelector('label[for="share-keywords-u1"]')).not.toBeNull();
    expect(await share('CNC, Fräsen ,')).toEqual({
      curriculumId: 'c1',
      unitId: 'u1',
      licence: 'CC-BY-4.0',
      keywords: ['CNC', 'Fräsen'],
    });
    expect(text(host.querySelector('[role="status"]'))).toContain('version 1');
  });

  it('shares the whole curriculum as a good-practice example: no unit in the request', async () => {
    await render(null);
    expect(text(host.querySelector('summary'))).toBe(
      'Share the whole curriculum as a good-practice example',
    );
    expect(text(host.querySelector('button'))).toBe('Share this curriculum');
    expect(host.querySelector('label[for="share-keywords-curriculum"]')).not.toBeNull();
    expect(await share('robots')).toEqual({
      curriculumId: 'c1',
      licence: 'CC-BY-4.0',
      keywords: ['robots'],
    });
  });
});
