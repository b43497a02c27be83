import { readEscoDownload } from '../../../apps/api/src/app/esco/esco-files';
import { indexedConcepts, type IndexedConcept } from '../../../apps/api/src/app/esco/esco-search';

/** Reads a download folder and gives its concepts as the API's index holds them. */
export function readIndexed(dir: string): IndexedConcept[] {
  const download = readEscoDownload(dir);
  return indexedConcepts(download.concepts, download.labels);
}
