import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Mou } from '@curriculum-builder/curriculum';
import { I18n } from '../../core/i18n/i18n';
import { MOBILITY_MESSAGES } from '../mobility.messages';
import { HOME, HOST, mou } from '../testing/mobility-fixtures';
import { signIn } from '../testing/sign-in';
import { MouPage } from './mou-page';

describe('MouPage', () => {
  let fixture: ComponentFixture<MouPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const buttons = () => Array.from(page.querySelectorAll('button')).map(text);

  async function settle(): Promise<void> {
    for (let i = 0; i < 4; i++) await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  }

  async function open(institutionId: string, shown: Mou): Promise<void> {
    TestBed.configureTestingModule({
      imports: [MouPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(MOBILITY_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    await signIn(http, 'mobility-coordinator', institutionId);
    fixture = TestBed.createComponent(MouPage);
    page = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('id', shown.id);
    await settle();
    http.expectOne(`/api/v1/mous/${shown.id}`).flush(shown);
    await settle();
  }

  afterEach(() => http.verify());

  it('shows the partners with their units and acceptance, the PDFs and the history', async () => {
    await open(HOST.id, mou());
    expect(text(page.querySelector('h1'))).toBe('Machining exchange North–Vilnius');
    const partners = Array.from(page.querySelectorAll('li[data-partner]')).map((li) => ({
      name: text(li.querySelector('h3')),
      acceptance: text(li.querySelector('[data-testid="partner-acceptance"]')),
      units: Array.from(li.querySelectorAll('ul li')).map(text),
    }));
    expect(partners).toEqual([
      {
        name: 'Berufsschule Nord (DE)',
        acceptance: 'Accepted on Mar 1, 2026, 9:00 AM by Hanna Home',
        units: [
          'ZM-01 — Unit ZM-01 (10 ECVET)',
          'ZM-02 — Unit ZM-02 (15 ECVET)',
          'ZM-03 — Unit ZM-03 (10 ECVET)',
        ],
      },
      {
        name: 'Vilnius VET Centre (LT)',
        acceptance: 'Not accepted yet',
        units: ['ZM-02 — Unit ZM-02 (15 ECVET)', 'ZM-03 — Unit ZM-03 (10 ECVET)'],
      },
    ]);
    expect(page.querySelectorAll('cb-pdf-links a')).toHaveLength(5);
    expect(text(page.querySelector('cb-history-list li'))).toContain('Drafted');
    // Not awaiting the caller: nothing to decide.
    expect(buttons()).toEqual([]);
  });

  it('lets a partner accept, with the version shown', async () => {
    await open(HOST.id, mou({ awaitingCaller: true }));
    expect(buttons()).toEqual(['Accept', 'Reject']);
    page.querySelector<HTMLButtonElement>('[data-decision="accept"]')?.click();
    await settle();
    const accept = http.expectOne('/api/v1/mous/mou1/accept');
    expect(accept.request.body).toEqual({ version: 3 });
    accept.flush(mou({ version: 4, status: 'accepted' }));
    await settle();
    expect(text(page.querySelector('[role="status"]'))).toBe('Accepted.');
    expect(text(page.querySelector('[data-testid="mou-status"]'))).toBe(
      'Status: Accepted by all partners',
    );
    expect(text(page.querySelector('a.button'))).toBe('New Learning Agreement');
  });

  it('lets the initiator accept a draft to send it, without rejecting it', async () => {
    await open(HOME.id, mou({ status: 'draft', awaitingCaller: true }));
    expect(buttons()).toEqual(['Accept and send to partners']);
  });
});
