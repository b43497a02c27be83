import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MobilitySummary, MouSummary, Role } from '@curriculum-builder/curriculum';
import { I18n } from '../../core/i18n/i18n';
import { MOBILITY_MESSAGES } from '../mobility.messages';
import { HOME } from '../testing/mobility-fixtures';
import { signIn } from '../testing/sign-in';
import { MobilityOverview, awaitingItems } from './mobility-overview';

const MOUS: MouSummary[] = [
  {
    id: 'mou1',
    status: 'proposed',
    title: 'North–Vilnius',
    partners: ['Berufsschule Nord', 'Vilnius VET Centre'],
    validUntil: '2028-02-28',
    awaitingCaller: true,
  },
  {
    id: 'mou2',
    status: 'accepted',
    title: 'North–Riga',
    partners: ['Berufsschule Nord', 'Riga VET'],
    validUntil: '2027-06-30',
    awaitingCaller: false,
  },
];
const AGREEMENTS: MobilitySummary[] = [
  {
    id: 'm1',
    status: 'signed',
    learner: 'Lea Lernend',
    home: 'Berufsschule Nord',
    host: 'Vilnius VET Centre',
    startsOn: '2026-04-01',
    endsOn: '2026-06-30',
    awaitingCaller: true,
    awaiting: 'record',
  },
];

describe('awaitingItems', () => {
  it('puts what awaits the caller first, saying what is awaited', () => {
    expect(awaitingItems(MOUS, AGREEMENTS).map((i) => [i.name, i.awaiting])).toEqual([
      ['North–Vilnius', 'mobility.awaiting.accept'],
      ['Lea Lernend', 'mobility.awaiting.record'],
    ]);
  });
});

describe('MobilityOverview', () => {
  let fixture: ComponentFixture<MobilityOverview>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const cells = (row: Element | null) =>
    Array.from(row?.querySelectorAll('th, td') ?? []).map(text);

  async function settle(): Promise<void> {
    for (let i = 0; i < 4; i++) await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  }

  async function open(role: Role): Promise<void> {
    TestBed.configureTestingModule({
      imports: [MobilityOverview],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(MOBILITY_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    await signIn(http, role, HOME.id);
    fixture = TestBed.createComponent(MobilityOverview);
    page = fixture.nativeElement as HTMLElement;
    await settle();
    http.expectOne('/api/v1/mous').flush(MOUS);
    http.expectOne('/api/v1/mobilities').flush(AGREEMENTS);
    await settle();
  }

  afterEach(() => http.verify());

  it('lists the queue, the MoUs and the agreements; coordinators may draft new ones', async () => {
    await open('mobility-coordinator');
    expect(Array.from(page.querySelectorAll('[data-testid="awaiting-you"] li')).map(text)).toEqual([
      'MoU North–Vilnius: your acceptance',
      'Learning Agreement Lea Lernend: results to record and the transcript to issue',
    ]);
    expect(Array.from(page.querySelectorAll('tr[data-mou]')).map(cells)).toEqual([
      [
        'North–Vilnius',
        'Proposed to the partners',
        'Berufsschule Nord, Vilnius VET Centre',
        'Feb 28, 2028',
      ],
      ['North–Riga', 'Accepted by all partners', 'Berufsschule Nord, Riga VET', 'Jun 30, 2027'],
    ]);
    expect(cells(page.querySelector('tr[data-agreement]'))).toEqual([
      'Lea Lernend',
      'Signed by all parties',
      'Berufsschule Nord',
      'Vilnius VET Centre',
      'Apr 1, 2026 – Jun 30, 2026',
    ]);
    const links = Array.from(page.querySelectorAll<HTMLAnchorElement>('a.button'));
    expect(links.map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['New MoU', '/mobility/mous/new'],
      ['New Learning Agreement', '/mobility/agreements/new'],
    ]);
  });

  it('offers authors no new documents', async () => {
    await open('author');
    expect(page.querySelectorAll('a.button')).toHaveLength(0);
  });
});
