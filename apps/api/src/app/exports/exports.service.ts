import type { Curriculum } from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import type { Caller } from '../../common/caller';
import { InvalidInputError } from '../../common/errors/domain.errors';
import { CurriculaService } from '../curricula';
import { download, type Download } from '../../infrastructure/web/cached-representations';
import { renderCurriculumPdf } from './pdf/curriculum-pdf';
import { pdfBuffer } from './pdf/pdf-document';
import { renderPathwayPdf } from './pdf/pathway-pdf';

export type PdfKind = 'curriculum' | 'pathway';

@Injectable()
export class ExportsService {
  constructor(private readonly curricula: CurriculaService) {}

  /**
   * The PDF of what the caller may read (404 otherwise, see `CurriculaService.read`) in one of the
   * curriculum's languages, the primary language by default (400 naming `lang` otherwise). Published
   * versions are rendered once per kind and language and then served from memory.
   */
  pdf(caller: Caller | null, id: string, kind: PdfKind, lang?: string): Promise<Download> {
    if (lang !== undefined && typeof lang !== 'string') {
      // A repeated `?lang=` arrives as a list.
      throw new InvalidInputError([{ path: 'lang', message: 'must be one language code' }]);
    }
    const variant = `${kind}-pdf/${lang?.trim().toLowerCase() ?? ''}`;
    return this.curricula.exportOf(caller, id, variant, async (curriculum, institution) => {
      const language = this.language(curriculum, lang);
      const input = { curriculum, language, institution: institution?.name ?? null };
      const document = kind === 'pathway' ? renderPathwayPdf(input) : renderCurriculumPdf(input);
      const suffix = kind === 'pathway' ? '-pathway' : '';
      return download(
        await pdfBuffer(document),
        'application/pdf',
        `${curriculum.code}${suffix}-${language}.pdf`,
      );
    });
  }

  private language(curriculum: Curriculum, lang: string | undefined): string {
    const requested = lang?.trim();
    if (requested === undefined || requested === '') return curriculum.primaryLanguage;
    const match = curriculum.languages.find((l) => l.toLowerCase() === requested.toLowerCase());
    if (match === undefined) {
      throw new InvalidInputError([
        {
          path: 'lang',
          message: `must be one of the curriculum's languages: ${curriculum.languages.join(', ')}`,
        },
      ]);
    }
    return match;
  }
}
