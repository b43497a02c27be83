import { curriculumAsContent } from '@curriculum-builder/curriculum';
import { writeCsv } from '../../../common/csv-format';
import { contentToRows } from '../../interop/csv/csv-layout';
import type { ExportFormat } from '../export-format';

/** The spreadsheet layout (one row per outcome, one column per language), UTF-8 with BOM. */
export const csv: ExportFormat = {
  name: 'csv',
  mediaType: 'text/csv',
  summary:
    'Spreadsheet (CSV, UTF-8 with BOM): one row per learning outcome, one column per language; imports back without loss.',
  text: true,
  languages: false,
  fileName: ({ curriculum }) => `${curriculum.code}.csv`,
  render: ({ curriculum }) =>
    Buffer.from(writeCsv(contentToRows(curriculumAsContent(curriculum))), 'utf8'),
};
