import { randomUUID } from 'node:crypto';

/** CASE packages as other tools write them, for the tests of issue #16. */

export interface Item {
  identifier: string;
  fullStatement: string;
  [key: string]: unknown;
}

/** A foreign package: a document, items and associations as another CASE tool writes them. */
export function foreignPackage(options: {
  items: Item[];
  /** [child, parent (undefined: the document), type] */
  links: [string, string | undefined, string][];
  document?: Record<string, unknown>;
  extra?: Record<string, unknown>;
}) {
  const documentId = randomUUID();
  const ref = (identifier: string) => ({
    title: identifier,
    identifier,
    uri: `https://case.example.org/uri/${identifier}`,
  });
  return {
    CFDocument: {
      identifier: documentId,
      uri: `https://case.example.org/uri/${documentId}`,
      creator: 'Landesinstitut (Beispiel)',
      title: 'Fremdes Rahmenwerk',
      lastChangeDateTime: '2025-01-01T00:00:00+00:00',
      language: 'de',
      ...options.document,
    },
    CFItems: options.items,
    CFAssociations: options.links.map(([child, parent, type], i) => ({
      identifier: randomUUID(),
      uri: `https://case.example.org/uri/a${i}`,
      associationType: type,
      originNodeURI: ref(child),
      destinationNodeURI: ref(parent ?? documentId),
      sequenceNumber: i + 1,
      lastChangeDateTime: '2025-01-01T00:00:00+00:00',
    })),
    ...options.extra,
  };
}

/** A unit below the document and an outcome below the unit, by `type` associations. */
export const unitWithOutcome = (unit: Item, outcome: Item, type = 'isChildOf') => ({
  items: [unit, outcome],
  links: [
    [unit.identifier, undefined, type],
    [outcome.identifier, unit.identifier, type],
  ] as [string, string | undefined, string][],
});

export const item = (fullStatement: string, fields: Record<string, unknown> = {}): Item => ({
  identifier: randomUUID(),
  fullStatement,
  ...fields,
});
