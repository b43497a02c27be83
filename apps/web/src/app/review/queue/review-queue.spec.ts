import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CurriculumStatus, CurriculumSummary } from '@curriculum-builder/curriculum';
import { I18n } from '../../core/i18n/i18n';
import { THREAD_MESSAGES } from '../../threads/threads.messages';
import { REVIEW_MESSAGES } from '../review.messages';
import { ReviewQueue, queueOrder } from './review-queue';

function summary(id: string, status: CurriculumStatus, updatedAt: string): CurriculumSummary {
  return {
    id,
    version: 1,
    code: id.toUpperCase(),
    title: { de: `Titel ${id}`, en: `Title ${id}` },
    status,
    ecvetPoints: 210,
    eqfLevel: 4,
    primaryLanguage: 'de',
    languages: ['de', 'en'],
    institutionId: 'school',
    unitCount: 19,
    publishedVersion: 1,
    updatedAt,
  };
}

describe('ReviewQueue', () => {
  it('puts curricula waiting for a decision first, newest change first', () => {
    const order = queueOrder([
      summary('a', 'approved', '2026-03-01'),
      summary('b', 'in-review', '2026-01-01'),
      summary('c', 'changes-requested', '2026-02-01'),
      summary('d', 'in-review', '2026-02-01'),
    ]);
    expect(order.map((s) => s.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('lists the submitted curricula with status, points and open comments', async () => {
    TestBed.configureTestingModule({
      imports: [ReviewQueue],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(REVIEW_MESSAGES);
    void i18n.register(THREAD_MESSAGES);
    await i18n.use('en');
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ReviewQueue);
    fixture.detectChanges();
    const lists = http.match((r) => r.url === '/api/v1/curricula');
    expect(lists.map((r) => r.request.params.get('status'))).toEqual([
      'in-review',
      'changes-requested',
      'approved',
    ]);
    lists[0].flush({ items: [summary('cnc', 'in-review', '2026-01-01')], total: 1 });
    lists[1].flush({ items: [], total: 0 });
    lists[2].flush({ items: [summary('old', 'approved', '2026-02-01')], total: 1 });
    await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
    http.expectOne('/api/v1/curricula/cnc/reviews/summary').flush({ open: 4 });
    http
      .expectOne('/api/v1/curricula/old/reviews/summary')
      .flush('nope', { status: 500, statusText: 'Error' });
    await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const rows = Array.from(page.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) =>
        cell.textContent?.replace(/\s+/g, ' ').trim(),
      ),
    );
    expect(rows).toEqual([
      ['Title cnc CNC', 'In review', '210', '19', '4', 'Jan 1, 2026'],
      ['Title old OLD', 'Approved', '210', '19', '–', 'Feb 1, 2026'],
    ]);
    expect(page.querySelector('tbody a')?.getAttribute('href')).toBe('/cnc');
    expect(page.querySelector('[data-testid="queue-waiting"]')?.textContent).toContain(
      '1 waiting for a decision',
    );
    http.verify();
  });
});
