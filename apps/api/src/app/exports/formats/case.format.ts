import { buildCasePackage, CASE_VERSIONS, type CaseVersion } from '../../interop/case/case-export';
import type { ExportFormat } from '../export-format';

/**
 * A 1EdTech CASE CFPackage: 1.1 (strict, with the product's own fields as `extensions`: a lossless
 * round trip) by default, 1.0 for older tools (`?version=1.0`, without extensions).
 */
export const casePackage: ExportFormat = {
  name: 'case',
  mediaType: 'application/json',
  summary:
    '1EdTech CASE 1.1 CFPackage (JSON; `?version=1.0` for older tools): units and learning outcomes as CFItems; in 1.1 the rest as extensions, so that an import restores everything.',
  text: true,
  languages: false,
  versions: CASE_VERSIONS,
  fileName: ({ curriculum, version }) =>
    `${curriculum.code}-case${version === '1.0' ? '-1.0' : ''}.json`,
  render: ({ curriculum, institution, version, publicUrl, license }) =>
    Buffer.from(
      JSON.stringify(
        buildCasePackage({
          curriculum,
          creator: institution?.name ?? 'Curriculum builder',
          version: version as CaseVersion,
          baseUrl: publicUrl,
          license,
        }),
      ),
      'utf8',
    ),
};
