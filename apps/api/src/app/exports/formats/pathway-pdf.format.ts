import type { ExportFormat } from '../export-format';
import { pdfBuffer } from '../../../infrastructure/pdf/pdf-document';
import { renderPathwayPdf } from '../pdf/pathway-pdf';

/**
 * The learner's pathway: the programme year by year with its units, the work-based learning
 * periods in companies and the ECVET points accumulated by the end of each year.
 */
export const pathwayPdf: ExportFormat = {
  name: 'pathway-pdf',
  mediaType: 'application/pdf',
  summary:
    "The learner's pathway (PDF): the programme year by year, the work-based learning periods and the ECVET points accumulated by the end of each year.",
  text: false,
  languages: true,
  fileName: ({ curriculum, language }) => `${curriculum.code}-pathway-${language}.pdf`,
  render: ({ curriculum, institution, language }) =>
    pdfBuffer(renderPathwayPdf({ curriculum, language, institution: institution?.name ?? null })),
};
