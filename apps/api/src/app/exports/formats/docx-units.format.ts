import { curriculumAsContent } from '@curriculum-builder/curriculum';
import { writeUnitTemplate } from '../../interop/docx/docx-template';
import { WORD_MEDIA_TYPE } from '../../interop/docx/docx-writer';
import type { ExportFormat } from '../export-format';

/**
 * The Word template of the units (interop/docx/docx-layout.ts): one table per unit with fixed row
 * labels and one column per language, for teachers to fill in Word and import as a new draft
 * (POST /api/v1/curricula/import/docx).
 */
export const docxUnits: ExportFormat = {
  name: 'docx-units',
  mediaType: WORD_MEDIA_TYPE,
  summary:
    'Word template (.docx) of the units: one table per unit (code, titles, ECVET points, EQF level, outcomes by category) in every language, to fill in and import back.',
  text: false,
  languages: false,
  fileName: ({ curriculum }) => `${curriculum.code}-units.docx`,
  render: ({ curriculum }) => writeUnitTemplate(curriculumAsContent(curriculum)),
};
