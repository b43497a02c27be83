import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { I18n } from './i18n';
import { languageInterceptor } from './language.interceptor';

describe('languageInterceptor', () => {
  beforeEach(() => {
    localStorage.clear();
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['de-DE'] });
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([languageInterceptor])),
        provideHttpClientTesting(),
      ],
    });
  });

  // The own property hides the prototype's getter; deleting it shows the browser's again.
  afterEach(() => delete (navigator as { languages?: unknown }).languages);

  /** The Accept-Language header a request to `url` goes out with, in interface `language`. */
  async function sent(url: string, language: 'de' | 'lt' | 'en'): Promise<string | null> {
    await TestBed.inject(I18n).use(language);
    const answer = firstValueFrom(TestBed.inject(HttpClient).get(url));
    const request = TestBed.inject(HttpTestingController).expectOne(url);
    const header = request.request.headers.get('Accept-Language');
    request.flush({});
    await answer;
    return header;
  }

  it('asks the API for the interface language when the browser prefers another', async () => {
    expect(await sent('/api/v1/curricula', 'lt')).toBe('lt');
    expect(await sent('/api/v1/curricula', 'en')).toBe('en');
  });

  it('leaves the browser its own header when the interface speaks the browser language', async () => {
    expect(await sent('/api/v1/curricula', 'de')).toBeNull();
  });

  it('adds nothing to requests outside the API', async () => {
    expect(await sent('/assets/x.json', 'lt')).toBeNull();
  });
});
