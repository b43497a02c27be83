import { readEscoDownload, type EscoDownload } from '../../../apps/api/src/app/esco/esco-files';
import type { ConceptLabel, IndexedConcept } from '../../../apps/api/src/app/esco/esco-search';

/** The concepts of a download with their labels per language, as the API's index holds them. */
export function indexedConcepts(download: EscoDownload): IndexedConcept[] {
  const labels = new Map<string, Map<string, ConceptLabel>>();
  for (const l of download.labels) {
    const own = labels.get(l.uri) ?? new Map<string, ConceptLabel>();
    own.set(l.language, {
      preferred: l.preferred,
      alternatives: l.alternatives === '' ? [] : l.alternatives.split('\n'),
      description: l.description,
    });
    labels.set(l.uri, own);
  }
  return download.concepts.map((c) => ({ ...c, labels: labels.get(c.uri) ?? new Map() }));
}

/** Reads a download folder and gives its concepts as the index holds them. */
export function readIndexed(dir: string): IndexedConcept[] {
  return indexedConcepts(readEscoDownload(dir));
}
