import type { Curriculum } from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import type { Caller } from '../../common/caller';
import { InvalidInputError } from '../../common/errors/domain.errors';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { CurriculaService } from '../curricula/curricula.service';
import { InstitutionEntity } from '../institutions/entities/institution.entity';
import { renderCurriculumPdf } from './pdf/curriculum-pdf';
import { renderPathwayPdf } from './pdf/pathway-pdf';

export type PdfKind = 'curriculum' | 'pathway';

export interface PdfExport {
  /** The finished document, a readable stream of PDF bytes. */
  readonly stream: PDFKit.PDFDocument;
  readonly filename: string;
}

@Injectable()
export class ExportsService {
  constructor(
    private readonly curricula: CurriculaService,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /**
   * The PDF of what the caller may read (404 otherwise, see `CurriculaService.get`) in one of the
   * curriculum's languages, the primary language by default (400 naming `lang` otherwise).
   */
  async pdf(caller: Caller | null, id: string, kind: PdfKind, lang?: string): Promise<PdfExport> {
    const curriculum = await this.curricula.get(caller, id);
    const language = this.language(curriculum, lang);
    const institution = await this.unitOfWork.read((em) =>
      em.findOneBy(InstitutionEntity, { id: curriculum.institutionId }),
    );
    const input = { curriculum, language, institution: institution?.name ?? null };
    const stream = kind === 'pathway' ? renderPathwayPdf(input) : renderCurriculumPdf(input);
    const suffix = kind === 'pathway' ? '-pathway' : '';
    return { stream, filename: `${curriculum.code}${suffix}-${language}.pdf` };
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
