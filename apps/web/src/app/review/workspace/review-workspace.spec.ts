import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Auth } from '../../core/auth/auth';
import { I18n } from '../../core/i18n/i18n';
import { THREAD_MESSAGES } from '../../threads/threads.messages';
import { REVIEW_MESSAGES } from '../review.messages';
import { comment, curriculum } from '../testing/review-fixtures';
import { ReviewWorkspace } from './review-workspace';

const BASE = '/api/v1/curricula/c1';

describe('ReviewWorkspace', () => {
  let fixture: ComponentFixture<ReviewWorkspace>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const text = (selector: string) => page.querySelector(selector)?.textContent?.trim() ?? '';
  /** The heading without the "✓ commented" mark. */
  const heading = () => text('#review-outcome-heading').replace(/\s*✓.*$/, '');
  /** Lets the awaited HTTP responses reach the component, then renders. */
  const settle = async () => {
    await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  };
  const announcer = () => text('[data-testid="announcer"]');
  const press = async (key: string, target: Element = document.body, ctrlKey = false) => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey, bubbles: true }));
    await fixture.whenStable();
  };
  const type = async (selector: string, value: string) => {
    const field = page.querySelector<HTMLTextAreaElement>(selector);
    if (field === null) throw new Error(`no ${selector}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    return field;
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ReviewWorkspace],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: Auth, useValue: { user: signal({ id: 'me' }) } },
      ],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(REVIEW_MESSAGES);
    void i18n.register(THREAD_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReviewWorkspace);
    fixture.componentRef.setInput('id', 'c1');
    document.body.appendChild(fixture.nativeElement);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne(BASE).flush(curriculum());
    http.expectOne(`${BASE}/reviews`).flush([comment({ targetId: 'o1' })]);
    await settle();
  });

  afterEach(() => {
    http.verify();
    (fixture.nativeElement as HTMLElement).remove();
  });

  it('resumes at the first outcome without a comment of this reviewer and shows the progress', () => {
    expect(text('h1')).toContain('Machining');
    expect(heading()).toBe('Outcome 2 of 3');
    expect(text('.unit h2')).toContain('ZM-01');
    expect(text('.outcome-text')).toBe('Prüft Maße (en)');
    expect(text('[data-testid="review-progress"]')).toBe('1 of 3 outcomes commented');
    const bar = page.querySelector('progress') as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([1, 3]);
    const done = Array.from(page.querySelectorAll('cb-review-outline button.done')).map((b) =>
      b.getAttribute('data-outcome'),
    );
    expect(done).toEqual(['o1']);
  });

  it('moves with j/k and the arrows, focuses the outcome heading and announces the move', async () => {
    await press('j');
    expect(heading()).toBe('Outcome 3 of 3');
    expect(text('.unit h2')).toContain('ZM-02');
    expect(document.activeElement?.id).toBe('review-outcome-heading');
    expect(announcer()).toBe('Outcome 3 of 3, unit ZM-02.');
    await press('j');
    expect(heading()).toBe('Outcome 3 of 3');
    expect(announcer()).toBe('This is the last outcome.');
    await press('ArrowLeft');
    await press('k');
    expect(heading()).toBe('Outcome 1 of 3');
    expect(text('.outcome-text')).toBe('Richtet ein (en)');
    // Inside a text field the letters are typed, not shortcuts.
    const field = page.querySelector('#review-outcome-text') as HTMLTextAreaElement;
    await press('j', field);
    await press('ArrowRight', field);
    expect(heading()).toBe('Outcome 1 of 3');
  });

  it('shows the content in the chosen language', async () => {
    const select = page.querySelector('.tools select') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.value)).toEqual(['de', 'en']);
    select.value = 'de';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(text('.outcome-text')).toBe('Prüft Maße');
  });

  it('shows the assessment criteria of an outcome that has its own, in a line under its text', async () => {
    // o2 has none: no line.
    expect(page.querySelector('[data-testid="outcome-criteria"]')).toBeNull();
    await press('j');
    expect(heading()).toBe('Outcome 3 of 3');
    const line = page.querySelector('[data-testid="outcome-criteria"]');
    expect(line?.classList).toContain('outcome-criteria');
    expect(line?.textContent?.trim()).toMatch(/^Assessment criteria of this outcome: Programm/);
    // Only in German: shown in German, marked as such.
    const shown = line?.querySelector('span[lang]');
    expect([shown?.getAttribute('lang'), shown?.textContent]).toEqual([
      'de',
      'Programm läuft ohne Kollision',
    ]);
    expect(line?.querySelector('abbr.fallback')?.textContent?.trim()).toBe('DE');
    expect(page.querySelector('.outcome-text + .outcome-criteria')).toBe(line);
  });

  it('suggests a change from the keyboard and sends the changed wording only', async () => {
    await press('s');
    expect(announcer()).toBe('Verdict: Suggest change.');
    const radio = page.querySelector<HTMLInputElement>('input[value="suggest-change"]');
    expect(radio?.checked).toBe(true);
    const german = page.querySelector<HTMLTextAreaElement>('#review-outcome-proposal-de');
    expect(german?.value).toBe('Prüft Maße');
    expect(page.querySelector<HTMLTextAreaElement>('#review-outcome-proposal-en')?.value).toBe(
      'Prüft Maße (en)',
    );
    await type('#review-outcome-text', 'Name the measuring tools.');
    const field = await type('#review-outcome-proposal-de', 'Prüft Maße mit Messschieber');
    await press('Enter', field, true);
    const request = http.expectOne(`${BASE}/reviews`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      targetType: 'outcome',
      targetId: 'o2',
      verdict: 'suggest-change',
      text: 'Name the measuring tools.',
      proposedText: { de: 'Prüft Maße mit Messschieber' },
    });
    request.flush(
      comment({
        id: 'r2',
        targetId: 'o2',
        verdict: 'suggest-change',
        text: 'Name the measuring tools.',
        proposedText: { de: 'Prüft Maße mit Messschieber' },
      }),
    );
    await settle();
    expect(text('[data-testid="review-progress"]')).toBe('2 of 3 outcomes commented');
    expect(announcer()).toBe('Comment saved. 2 of 3 outcomes commented.');
    expect(text('[data-testid="review-thread"] .proposal')).toContain(
      'Prüft Maße mit Messschieber',
    );
    expect(page.querySelector<HTMLTextAreaElement>('#review-outcome-text')?.value).toBe('');
    expect(document.activeElement?.id).toBe('review-outcome-heading');
  });

  it('agrees with one key and Ctrl+Enter, and explains what is missing otherwise', async () => {
    await press('Enter', document.body, true);
    expect(text('[role="alert"]')).toBe('Choose a verdict first.');
    await press('d');
    await press('Enter', document.body, true);
    expect(text('[role="alert"]')).toBe('Write a comment to explain the verdict.');
    await press('a');
    expect(page.querySelector('[role="alert"]')).toBeNull();
    await press('Enter', document.body, true);
    const request = http.expectOne(`${BASE}/reviews`);
    expect(request.request.body).toEqual({
      targetType: 'outcome',
      targetId: 'o2',
      verdict: 'agree',
      text: 'Agreed.',
    });
    request.flush(comment({ id: 'r3', targetId: 'o2' }));
    await settle();
    expect(text('[data-testid="review-progress"]')).toBe('2 of 3 outcomes commented');
  });

  it('keeps a draft while the reviewer moves on and back', async () => {
    await type('#review-outcome-text', 'Half a thought');
    await press('j');
    expect(page.querySelector<HTMLTextAreaElement>('#review-outcome-text')?.value).toBe('');
    await press('k');
    expect(page.querySelector<HTMLTextAreaElement>('#review-outcome-text')?.value).toBe(
      'Half a thought',
    );
  });

  it('comments on the unit as a whole with a proposed title', async () => {
    const details = page.querySelector('details.whole') as HTMLDetailsElement;
    details.open = true;
    await fixture.whenStable();
    const radio = page.querySelector('details.whole input[type="radio"]') as HTMLElement;
    radio.focus();
    await press('s', radio);
    expect(page.querySelector<HTMLInputElement>('#review-outcome-proposal-de')).toBeNull();
    expect(page.querySelector<HTMLTextAreaElement>('#review-unit-proposal-en')?.value).toBe(
      'Unit ZM-01',
    );
    await type('#review-unit-text', 'Title too vague');
    await type('#review-unit-proposal-en', 'Unit ZM-01: measuring');
    await press('Enter', page.querySelector('#review-unit-text') as Element, true);
    const request = http.expectOne(`${BASE}/reviews`);
    expect(request.request.body).toEqual({
      targetType: 'unit',
      targetId: 'u1',
      verdict: 'suggest-change',
      text: 'Title too vague',
      proposedText: { en: 'Unit ZM-01: measuring' },
    });
    request.flush(comment({ id: 'r4', targetType: 'unit', targetId: 'u1' }));
    await settle();
    expect(announcer()).toBe('Comment on unit ZM-01 saved.');
    expect(text('[data-testid="review-progress"]')).toBe('1 of 3 outcomes commented');
  });

  it('approves after a confirmation and shows the new status', async () => {
    const approve = page.querySelector<HTMLButtonElement>('[data-decision="approve"]');
    approve?.click();
    await fixture.whenStable();
    expect(text('#decision-question')).toContain('Approve ZM-TEST?');
    expect(document.activeElement?.id).toBe('decision-question');
    const yes = Array.from(page.querySelectorAll<HTMLButtonElement>('.confirm button')).find(
      (b) => b.textContent?.trim() === 'Yes, approve',
    );
    yes?.click();
    const request = http.expectOne(`${BASE}/approve`);
    expect(request.request.method).toBe('POST');
    request.flush(curriculum({ status: 'approved' }));
    await settle();
    expect(text('[data-testid="curriculum-status"]')).toBe('Status: Approved');
    expect(announcer()).toBe('The curriculum is now Approved.');
    expect(page.querySelector('cb-review-form')).toBeNull();
    expect(page.querySelector('[data-decision="approve"]')).toBeNull();
  });
});
