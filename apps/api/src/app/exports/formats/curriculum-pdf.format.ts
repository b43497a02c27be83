import type { ExportFormat } from '../export-format';
import { renderCurriculumPdf } from '../pdf/curriculum-pdf';
import { pdfBuffer } from '../../../infrastructure/pdf/pdf-document';

/**
 * The curriculum document: cover, contents, overview of units, ECVET points by year and by
 * Industry 4.0 area, work-based learning plan, one section per unit and the skills coverage.
 */
export const curriculumPdf: ExportFormat = {
  name: 'pdf',
  mediaType: 'application/pdf',
  summary:
    'The curriculum document (PDF): cover, contents, units, ECVET points by year and Industry 4.0 area, work-based learning plan, one section per unit, skills coverage against ESCO.',
  text: false,
  languages: true,
  coverage: true,
  fileName: ({ curriculum, language }) => `${curriculum.code}-${language}.pdf`,
  render: async ({ curriculum, institution, language, coverage, progress }) =>
    pdfBuffer(
      await renderCurriculumPdf({
        curriculum,
        language,
        institution: institution?.name ?? null,
        coverage,
        progress,
      }),
    ),
};
