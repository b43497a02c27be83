import { curriculumToElm } from '../../interop/elm/curriculum-to-elm';
import { ElmIncompleteError } from '../../interop/elm/elm-incomplete.error';
import { ELM_MEDIA_TYPE } from '../../interop/elm/elm-vocabulary';
import type { ExportFormat } from '../export-format';

/**
 * Europass European Learning Model (ELM v3) `Qualification` in JSON-LD: title and description in
 * all languages, EQF and NQF level, ISCED-F field, learning outcomes with ESCO skills, ECVET credit
 * points, units as partial qualifications (`hasPart`) and work-based learning periods as
 * work-based learning activity specifications (`influencedBy`); conforms to the LOQ SHACL shapes.
 */
export const elm: ExportFormat = {
  name: 'elm',
  mediaType: ELM_MEDIA_TYPE,
  summary:
    'Europass ELM v3 Qualification (JSON-LD) with levels, ISCED-F field, learning outcomes, ESCO skills, ECVET points, units and work-based learning.',
  text: true,
  languages: false,
  incomplete:
    'The curriculum lacks what ELM requires (e.g. NQF level, ISCED-F code, learning outcomes); `problems` lists each.',
  fileName: ({ curriculum }) => `${curriculum.code}-elm.jsonld`,
  render: ({ curriculum, institution }) => {
    const result = curriculumToElm({ curriculum, country: institution?.country ?? null });
    if (!result.ok) throw new ElmIncompleteError(result.problems);
    return Buffer.from(JSON.stringify(result.document, null, 2), 'utf8');
  },
};
