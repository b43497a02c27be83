import { buildCasePackage } from '../../interop/case/case-export';
import type { ExportFormat } from '../export-format';

/** A 1EdTech CASE 1.0 CFPackage, with the product's own fields as `extensions` (lossless round trip). */
export const casePackage: ExportFormat = {
  name: 'case',
  mediaType: 'application/json',
  summary:
    '1EdTech CASE 1.0 CFPackage (JSON): units and learning outcomes as CFItems; the rest as extensions, so that an import restores everything.',
  text: true,
  languages: false,
  fileName: ({ curriculum }) => `${curriculum.code}-case.json`,
  render: ({ curriculum, institution }) =>
    Buffer.from(
      JSON.stringify(
        buildCasePackage({ curriculum, creator: institution?.name ?? 'Curriculum builder' }),
      ),
      'utf8',
    ),
};
