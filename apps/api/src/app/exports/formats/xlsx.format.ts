import { curriculumAsContent, translationsToReview } from '@curriculum-builder/curriculum';
import { writeWorkbook } from '../../interop/xlsx/xlsx-export';
import { XLSX_MEDIA_TYPE } from '../../interop/xlsx/xlsx-read';
import type { ExportFormat } from '../export-format';

/**
 * The curriculum as an Excel workbook: one sheet per part, one column per language, drop-down
 * lists for the vocabularies; imports back without loss (POST /api/v1/curricula/import/xlsx).
 */
export const xlsx: ExportFormat = {
  name: 'xlsx',
  mediaType: XLSX_MEDIA_TYPE,
  summary:
    'Excel workbook (.xlsx): one sheet per part (curriculum, units, assessment, outcomes, ESCO skills, work-based learning), one column per language, drop-down lists; imports back without loss.',
  text: false,
  languages: false,
  fileName: ({ curriculum }) => `${curriculum.code}.xlsx`,
  render: ({ curriculum }) =>
    writeWorkbook(curriculumAsContent(curriculum), translationsToReview(curriculum)),
};
