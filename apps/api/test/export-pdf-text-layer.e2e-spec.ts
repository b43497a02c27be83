import type {
  Curriculum,
  CurriculumContent,
  CurriculumSummary,
} from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { client, Client, createAuthor } from './support/accounts';
import { api, storeContent } from './support/curricula';
import { startDemoApp } from './support/demo';
import { parsePdfs, pdftotext } from './support/pdf-text';
import { TestApp, testDatabase } from './support/test-app';

/*
 * The text layer of PDFs rendered one after another in one server process: what copy, search and
 * screen readers get must be the source text, whatever an earlier document of the process held.
 * Each document is read back by two independent readers (poppler's pdftotext, pdf.js) and every
 * word of its source texts must be found; headings and titles are set in DejaVu Sans Bold, outcome
 * statements in DejaVu Sans, so both fonts are covered.
 */

/** Per language: a title (bold), unit titles (bold) and outcome statements (regular). */
const TEXTS: Record<string, { title: string; units: string[]; outcomes: string[] }> = {
  de: {
    title: 'Zerspanungsmechaniker Übungsfirma Größenprüfung',
    units: ['Drehen und Fräsen mit Übergängen', 'Qualitätsprüfung großer Bauteile'],
    outcomes: [
      'Überprüft Maße mit Messschieber und Bügelmessschraube nach Zeichnung.',
      'Wählt Kühlschmierstoffe aus und entsorgt Späne gemäß Vorschrift.',
    ],
  },
  en: {
    title: 'Cutting machine operator: quality and jigs',
    units: ['Turning, milling and vise work', 'Quick zero setting of workpieces'],
    outcomes: [
      'Adjusts the jaw of the vise and zeroes the workpiece by the drawing.',
      'Explains why feed, speed and depth of cut affect surface quality.',
    ],
  },
  lt: {
    title: 'Šlifuotojas ir frezuotojas: įvertinimas ir sauga',
    units: ['Tekinimas ir frezavimas pagal brėžinį', 'Paviršiaus šiurkštumo įvertinimas'],
    outcomes: [
      'Užtikrina saugą dirbant su staklėmis ir įrankiais.',
      'Įvertina detalių matmenis ir paviršių kokybę.',
    ],
  },
  lv: {
    title: 'Metālapstrādes speciālists: ķīmija un ģeometrija',
    units: ['Frēzēšana un virpošana pēc rasējuma', 'Ļoti precīza detaļu slīpēšana'],
    outcomes: [
      'Ņem vērā drošības noteikumus un izmanto aizsarglīdzekļus.',
      'Pārbauda detaļu izmērus un ģeometriju ar mērinstrumentiem.',
    ],
  },
  et: {
    title: 'Treipingi operaator: õppija töö ja žürii',
    units: ['Treimine ja freesimine joonise järgi', 'Šabloonid ja ülevaatus'],
    outcomes: [
      'Õppija mõõdab detaili ja kontrollib tulemust šablooniga.',
      'Hindab pinna karedust ja sõõrikute kvaliteeti.',
    ],
  },
};

/** Letters with components (Ü = U + ¨): the first document of a process holds no plain A–Z. */
const ACCENTS = 'ŠŽČĶĻŅĢĪĒĀŪ ÕÄÖÜ ĄĘĖĮŲ Ý Ñ Ç Ŵ Ŷ Ĵ Ĥ Ŕ Ƥ';
const ALPHABET = ['ABCDEFGHIJKLM NOPQRSTUVWXYZ', 'abcdefghijklm nopqrstuvwxyz'];

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** The source words of a document that its text layer must give back. */
function missingWords(source: readonly string[], extracted: string): string[] {
  const found = new Set(words(extracted));
  return [...new Set(source.flatMap(words))].filter((w) => !found.has(w));
}

function content(language: string, code: string, title: string, units: string[][]) {
  const base = generateCurriculum({
    units: units.length,
    outcomesPerUnit: 2,
    workBasedLearningPeriods: 0,
    languages: [language],
    seed: 11,
  });
  return {
    ...base,
    code,
    title: { [language]: title },
    units: base.units.map((unit, i) => ({
      ...unit,
      title: { [language]: units[i][0] },
      outcomes: unit.outcomes.map((outcome, j) => ({
        ...outcome,
        text: { [language]: units[i][j + 1] },
      })),
    })),
  } satisfies CurriculumContent;
}

describe(`PDF text layer across documents of one process (${testDatabase()})`, () => {
  let t: TestApp;
  let anonymous: Client;
  let author: Client;
  let cnc: Curriculum;
  /** Who downloads it, from where, and the texts it must give back, per document name. */
  const documents: Record<string, { as: Client; path: string; source: string[] }> = {};

  beforeAll(async () => {
    ({ t, anonymous } = await startDemoApp());
    const user = await createAuthor(t);
    author = client(t.server, user.token);
    const store = async (name: string, c: CurriculumContent, source: string[]) => {
      const id = await storeContent(t, c, user.institutionId ?? '');
      documents[name] = { as: author, path: `${api}/curricula/${id}/export/pdf`, source };
    };
    await store(
      'accents',
      content('lt', 'X-1', ACCENTS, [
        [ACCENTS, ACCENTS, 'ĄČĘĖĮŠŲŪŽ'],
        ['ĀČĒĢĪĶĻŅŠŪŽ', 'ÕÄÖÜ ŠŽ', 'ÄÖÜ'],
      ]),
      [ACCENTS, 'ĄČĘĖĮŠŲŪŽ', 'ĀČĒĢĪĶĻŅŠŪŽ', 'ÕÄÖÜ'],
    );
    for (const [language, texts] of Object.entries(TEXTS)) {
      const units = [
        [texts.units[0], ...texts.outcomes],
        [ALPHABET[0], ALPHABET[1], `${ALPHABET[0]} ${ALPHABET[1]}`],
        [texts.units[1], ALPHABET[1], ALPHABET[0]],
      ];
      await store(
        `${language}`,
        content(language, `TL-${language.toUpperCase()}`, texts.title, units),
        [texts.title, ...texts.units, ...texts.outcomes, ...ALPHABET],
      );
    }
    const list: CurriculumSummary[] = (await anonymous.get(`${api}/curricula`).expect(200)).body
      .items;
    const cncId = list.find((c) => c.code === 'ZM-CNC-2018')?.id;
    cnc = (await anonymous.get(`${api}/curricula/${cncId}`).expect(200)).body;
    const cncSource = [
      cnc.title['de'],
      ...cnc.units.flatMap((u) => [u.title['de'], ...u.outcomes.map((o) => o.text['de'])]),
    ];
    documents['cnc-de'] = {
      as: anonymous,
      path: `${api}/curricula/${cnc.id}/export/pdf?lang=de`,
      source: cncSource,
    };
    documents['cnc-pathway-de'] = {
      as: anonymous,
      path: `${api}/curricula/${cnc.id}/export/pathway-pdf?lang=de`,
      source: cnc.units.map((u) => u.title['de']),
    };
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  /** Renders the documents in this order and reads every one back with both readers. */
  async function renderAndRead(order: string[]) {
    const pdfs: Record<string, Buffer> = {};
    for (const name of order) {
      const { as, path } = documents[name];
      pdfs[name] = (await as.get(path).responseType('blob').expect(200)).body;
    }
    const pdfjs = await parsePdfs(pdfs);
    const missing: Record<string, { pdftotext: string[]; pdfjs: string[] }> = {};
    for (const name of order) {
      missing[name] = {
        pdftotext: missingWords(documents[name].source, await pdftotext(pdfs[name])),
        pdfjs: missingWords(documents[name].source, pdfjs[name].pages.join('\n')),
      };
    }
    return missing;
  }

  const nothingMissing = (names: string[]) =>
    Object.fromEntries(names.map((n) => [n, { pdftotext: [], pdfjs: [] }]));

  it('gives back every word when a document with composed letters comes first', async () => {
    const order = ['accents', 'cnc-de', 'cnc-pathway-de', 'de', 'en', 'lt', 'lv', 'et'];
    expect(await renderAndRead(order)).toEqual(nothingMissing(order));
  }, 120_000);

  it('gives back every word in the reverse order and when documents repeat', async () => {
    const order = ['et', 'lv', 'lt', 'en', 'de', 'accents', 'de', 'lt', 'accents', 'en'];
    const unique = [...new Set(order)];
    expect(await renderAndRead(order)).toEqual(nothingMissing(unique));
  }, 120_000);

  it('keeps every "U" of the German demo curriculum after a document with "Ü" only', async () => {
    await renderAndRead(['accents']);
    const { as, path, source } = documents['cnc-de'];
    const text = await pdftotext((await as.get(path).responseType('blob').expect(200)).body);
    // At least every "U" of the title, unit titles and outcomes the document prints.
    const printed = source.join('\n').match(/U/g)?.length ?? 0;
    expect(printed).toBeGreaterThan(5);
    expect(text.match(/U/g)?.length ?? 0).toBeGreaterThanOrEqual(printed);
  }, 120_000);
});
