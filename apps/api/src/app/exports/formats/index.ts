import type { ExportFormat } from '../export-format';
import { casePackage } from './case.format';
import { csv } from './csv.format';
import { curriculumPdf } from './curriculum-pdf.format';
import { docxUnits } from './docx-units.format';
import { curriculumDocx } from './docx.format';
import { elm } from './elm.format';
import { pathwayPdf } from './pathway-pdf.format';
import { xlsx } from './xlsx.format';

/** Every export format, in the order the OpenAPI document, the CLI and the web app list them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  curriculumPdf,
  pathwayPdf,
  elm,
  casePackage,
  csv,
  xlsx,
  curriculumDocx,
  docxUnits,
];

export const EXPORT_FORMAT_NAMES = EXPORT_FORMATS.map((format) => format.name);

/** The format of that name, or undefined. */
export function exportFormat(name: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((format) => format.name === name);
}
