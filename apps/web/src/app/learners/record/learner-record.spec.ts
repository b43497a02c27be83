import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { Achievement } from '@curriculum-builder/curriculum';
import { I18n } from '../../core/i18n/i18n';
import { learnerRecord } from '../../mobility/testing/mobility-fixtures';
import { RESULTS_MESSAGES } from '../../results/results.messages';
import { LEARNERS_MESSAGES } from '../learners.messages';
import { LearnerRecordView, recognisedShare } from './learner-record';

describe('LearnerRecordView', () => {
  let fixture: ComponentFixture<LearnerRecordView>;
  let page: HTMLElement;

  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function render(canDelete = false): Promise<void> {
    TestBed.configureTestingModule({ imports: [LearnerRecordView] });
    const i18n = TestBed.inject(I18n);
    void i18n.register(LEARNERS_MESSAGES);
    void i18n.register(RESULTS_MESSAGES);
    await i18n.use('en');
    fixture = TestBed.createComponent(LearnerRecordView);
    fixture.componentRef.setInput('record', learnerRecord());
    fixture.componentRef.setInput('canDelete', canDelete);
    await fixture.whenStable();
    page = fixture.nativeElement as HTMLElement;
  }

  it('sums up the points of the enrolment with a labelled progress bar', async () => {
    await render();
    expect(text(page.querySelector('h2'))).toBe('ZM-4 Machining');
    const points = page.querySelector('[data-testid="record-points"]');
    expect(text(points?.querySelector('.total'))).toBe('25 of 60 ECVET points');
    const bar = points?.querySelector('progress');
    expect(bar?.getAttribute('max')).toBe('60');
    expect(bar?.getAttribute('value')).toBe('25');
    const labelId = bar?.getAttribute('aria-labelledby') ?? '';
    expect(text(page.querySelector(`[id="${labelId}"]`))).toBe('25 of 60 ECVET points');
    expect(Array.from(points?.querySelectorAll('li') ?? []).map(text)).toEqual([
      'Recognised: 15 ECVET points (60 %)',
      'In progress: 10 ECVET points',
      'Remaining: 25 ECVET points',
    ]);
  });

  it('groups the units by state, each with where and when it was achieved', async () => {
    await render();
    const groups = Array.from(page.querySelectorAll('section.group')).map((group) => ({
      heading: text(group.querySelector('h3')),
      units: Array.from(group.querySelectorAll('li')).map(text),
    }));
    expect(groups).toEqual([
      {
        heading: 'Achieved (1)',
        units: ['ZM-01 Unit ZM-01 10 ECVET points · at the home school · on Jan 15, 2026'],
      },
      {
        heading: 'Recognised (1)',
        units: [
          'ZM-02 Unit ZM-02 15 ECVET points · abroad at Vilnius VET Centre · on Jun 20, 2026',
        ],
      },
      {
        heading: 'In progress (1)',
        units: ['ZM-03 Unit ZM-03 10 ECVET points · 1 of 2 outcomes passed'],
      },
      { heading: 'Remaining (1)', units: ['ZM-04 Unit ZM-04 25 ECVET points'] },
    ]);
    // Headings in order: the enrolment (h2), then its groups (h3).
    expect(Array.from(page.querySelectorAll('h2, h3')).map((h) => h.tagName)).toEqual([
      'H2',
      'H3',
      'H3',
      'H3',
      'H3',
    ]);
  });

  it('lists the results; staff get a delete button per result', async () => {
    await render();
    const row = page.querySelector('tr[data-achievement="a1"]');
    expect(Array.from(row?.querySelectorAll('th, td') ?? []).map(text)).toEqual([
      'ZM-01',
      'Jan 15, 2026',
      'Written exam',
      'Passed Grade: 2',
      'Herr Prüfer',
      'at the home school',
      'Assessed',
    ]);
    expect(row?.querySelector('button')).toBeNull();
  });

  it('emits the result to delete', async () => {
    await render(true);
    const removed: Achievement[] = [];
    fixture.componentInstance.remove.subscribe((a) => removed.push(a));
    const button = page.querySelector<HTMLButtonElement>('tr[data-achievement="a1"] button');
    expect(text(button)).toBe('Delete');
    expect(button?.getAttribute('aria-describedby')).toBe('result-a1');
    button?.click();
    expect(removed.map((a) => a.id)).toEqual(['a1']);
  });

  it('counts the recognised share of the counted points', () => {
    const entry = learnerRecord().enrolments[0];
    expect(recognisedShare(entry)).toBe(60);
    expect(recognisedShare({ ...entry, points: { ...entry.points, counted: 0 } })).toBe(0);
  });
});
