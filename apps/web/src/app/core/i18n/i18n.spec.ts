import { DOCUMENT } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { I18n, MessageBundle, initialLanguage } from './i18n';

const modules = 'modules';
/** A bundle of test messages whose translations count how often they load. */
function bundle(): { bundle: MessageBundle; loads: string[] } {
  const loads: string[] = [];
  const load = (language: string, messages: Record<string, string>) => () => {
    loads.push(language);
    return Promise.resolve(messages);
  };
  return {
    loads,
    bundle: {
      en: {
        [modules]: '{count, plural, one {# module} other {# modules}}',
        points: '{points} ECVET points',
        onlyEnglish: 'Only in English',
      },
      translations: {
        de: load('de', {
          [modules]: '{count, plural, one {# Modul} other {# Module}}',
          points: '{points} ECVET-Punkte',
        }),
        lt: load('lt', {
          [modules]:
            '{count, plural, one {# modulis} few {# moduliai} many {# modulio} other {# modulių}}',
          points: '{points} ECVET taškų',
        }),
        lv: load('lv', {
          [modules]: '{count, plural, zero {# moduļu} one {# modulis} other {# moduļi}}',
          points: '{points} ECVET punkti',
        }),
        et: load('et', {
          [modules]: '{count, plural, one {# moodul} other {# moodulit}}',
          points: '{points} ECVET-punkti',
        }),
      },
    },
  };
}

describe('I18n', () => {
  beforeEach(() => localStorage.clear());

  it('writes the plural form each language needs, with its own numbers', async () => {
    const i18n = TestBed.inject(I18n);
    const { bundle: messages } = bundle();
    await i18n.register(messages);
    const say = () => [1, 2, 10, 21].map((count) => i18n.t(modules, { count }));
    expect(say()).toEqual(['1 module', '2 modules', '10 modules', '21 modules']);
    await i18n.use('lt');
    expect(say()).toEqual(['1 modulis', '2 moduliai', '10 modulių', '21 modulis']);
    expect(i18n.t(modules, { count: 1.5 })).toBe('1,5 modulio');
    await i18n.use('lv');
    expect(say()).toEqual(['1 modulis', '2 moduļi', '10 moduļu', '21 modulis']);
    await i18n.use('et');
    expect(say()).toEqual(['1 moodul', '2 moodulit', '10 moodulit', '21 moodulit']);
    await i18n.use('de');
    expect(i18n.t('points', { points: 7.5 })).toBe('7,5 ECVET-Punkte');
    expect(i18n.t('points', { points: 1200 })).toBe('1.200 ECVET-Punkte');
  });

  it('loads a language only when it is used, once, and sets the page language after', async () => {
    const i18n = TestBed.inject(I18n);
    const { bundle: messages, loads } = bundle();
    await i18n.register(messages);
    expect(loads).toEqual([]);
    const switching = i18n.use('lv');
    expect(i18n.language()).toBe('en');
    await switching;
    expect(i18n.language()).toBe('lv');
    await i18n.use('en');
    await i18n.use('lv');
    expect(loads).toEqual(['lv']);
    TestBed.tick();
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('lv');
  });

  it('loads a newly registered area in the language in use before it resolves', async () => {
    const i18n = TestBed.inject(I18n);
    await i18n.use('et');
    const { bundle: messages, loads } = bundle();
    await i18n.register(messages);
    expect(loads).toEqual(['et']);
    expect(i18n.t(modules, { count: 3 })).toBe('3 moodulit');
  });

  it('falls back to English for a message a language lacks, and to the key for an unknown one', async () => {
    const i18n = TestBed.inject(I18n);
    await i18n.register(bundle().bundle);
    await i18n.use('de');
    expect(i18n.t('onlyEnglish')).toBe('Only in English');
    expect(i18n.t('no.such.key')).toBe('no.such.key');
  });

  it('keeps English when a language does not load, and tries again next time', async () => {
    const i18n = TestBed.inject(I18n);
    let attempts = 0;
    const flaky: MessageBundle = {
      en: { hello: 'Hello' },
      translations: {
        de: () =>
          ++attempts === 1
            ? Promise.reject(new Error('offline'))
            : Promise.resolve({ hello: 'Hallo' }),
        lt: () => Promise.resolve({ hello: 'Labas' }),
        lv: () => Promise.resolve({ hello: 'Sveiki' }),
        et: () => Promise.resolve({ hello: 'Tere' }),
      },
    };
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await i18n.register(flaky);
    await i18n.use('de');
    expect(i18n.t('hello')).toBe('Hello');
    await i18n.use('de');
    expect(i18n.t('hello')).toBe('Hallo');
  });

  it('remembers a chosen language for the next visit, else follows the browser', async () => {
    const languages = jest.spyOn(navigator, 'languages', 'get');
    languages.mockReturnValue(['fr-FR', 'lv-LV', 'en']);
    expect(initialLanguage()).toBe('lv');
    languages.mockReturnValue(['fr-FR']);
    expect(initialLanguage()).toBe('en');
    await TestBed.inject(I18n).use('et', { remember: true });
    expect(initialLanguage()).toBe('et');
  });
});
