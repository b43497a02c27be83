import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { AppNotification, Role } from '@curriculum-builder/curriculum';
import { CORE_MESSAGES } from '../core/i18n/core.messages';
import { I18n } from '../core/i18n/i18n';
import { signIn } from '../mobility/testing/sign-in';
import { Notifications } from './notifications';

function notification(
  id: string,
  kind: AppNotification['kind'],
  detail: string | null,
): AppNotification {
  return {
    id,
    kind,
    curriculumId: 'c1',
    curriculumCode: 'ZM-2018',
    curriculumTitle: { de: 'Zerspanungsmechaniker' },
    commentId: null,
    detail,
    createdAt: '2026-12-01T10:00:00.000Z',
    readAt: '2026-12-01T11:00:00.000Z',
  };
}

describe('Notifications', () => {
  let fixture: ComponentFixture<Notifications>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function settle(): Promise<void> {
    for (let i = 0; i < 5; i++) await new Promise((done) => setTimeout(done));
    fixture.detectChanges();
  }

  async function render(role: Role, items: AppNotification[]): Promise<Router> {
    TestBed.configureTestingModule({
      imports: [Notifications],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(CORE_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    await signIn(http, role, 'i1');
    const router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(Notifications);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await settle();
    for (const request of http.match('/api/v1/notifications')) request.flush({ items, unread: 0 });
    await settle();
    return router;
  }

  afterEach(() => http.verify());

  it('tells an offerer of a request for places and opens the placements', async () => {
    const router = await render('company', [notification('n1', 'placement-request', '2')]);
    const item = page.querySelector('.item') as HTMLButtonElement;
    expect(text(item.querySelector('.what'))).toBe(
      'A school requests 2 places of your placement offer',
    );
    item.click();
    await settle();
    expect(router.navigate).toHaveBeenCalledWith(['/placements']);
  });

  it('tells a school of the answer to its request and opens the curriculum', async () => {
    const router = await render('author', [
      notification('n2', 'placement-answer', 'accepted'),
      notification('n3', 'placement-answer', 'declined'),
    ]);
    const items = Array.from(page.querySelectorAll('.item'));
    expect(items.map((item) => text(item.querySelector('.what')))).toEqual([
      'Your request for placement places was accepted',
      'Your request for placement places was declined',
    ]);
    (items[0] as HTMLButtonElement).click();
    await settle();
    expect(router.navigate).toHaveBeenCalledWith(['/curricula', 'c1']);
  });
});
