import type { FieldError } from '@curriculum-builder/curriculum';
import { msg } from '@curriculum-builder/curriculum';
import { EXTENSION_KEY } from './case-package';
import { isObject, isText, type Json, type Node } from './case-json';

/** At most this many CFItems (and five times as many associations) per package. */
export const MAX_ITEMS = 5000;
export const MAX_ASSOCIATIONS = 5 * MAX_ITEMS;

/** The package's tree: its document, items, children in order and `precedes` pairs. */
export interface CaseStructure {
  readonly doc: Json;
  readonly documentId: string;
  readonly nodes: ReadonlyMap<string, Node>;
  /** Children of the document (units) and of each item, in sequence order. */
  readonly children: ReadonlyMap<string, Node[]>;
  readonly precedes: readonly [string, string][];
  readonly associations: number;
  /**
   * The associations read into the curriculum's tree and prerequisites, by their origin item (kept
   * as its CASE origin); and the well-formed rest, which a curriculum does not model (kept verbatim).
   */
  readonly modelledByOrigin: ReadonlyMap<string, Json[]>;
  readonly unmodelled: readonly Json[];
}

/**
 * The CFDocument, the CFItems (identifiers present and unique) and the CFAssociations (hierarchy by
 * `isChildOf`, order by `sequenceNumber`, prerequisites by `precedes`) of a package, with every
 * problem and note collected; null when the package has no usable shape at all.
 */
export function readStructure(
  body: unknown,
  problems: FieldError[],
  notes: string[],
): CaseStructure | null {
  const problem = (path: string, message: string) => problems.push({ path, message });
  if (!isObject(body)) {
    problem('', msg`the package must be a JSON object with a CFDocument`);
    return null;
  }
  const doc = body['CFDocument'];
  if (!isObject(doc)) {
    problem('CFDocument', msg`is missing or not an object`);
  } else {
    if (!isText(doc['identifier']) || doc['identifier'].trim() === '')
      problem('CFDocument.identifier', msg`is missing`);
    if (!isText(doc['title'])) problem('CFDocument.title', msg`is missing or not a string`);
  }
  const rawItems = body['CFItems'] ?? [];
  const rawAssociations = body['CFAssociations'] ?? [];
  if (!Array.isArray(rawItems)) problem('CFItems', msg`must be an array`);
  if (!Array.isArray(rawAssociations)) problem('CFAssociations', msg`must be an array`);
  if (Array.isArray(rawItems) && rawItems.length > MAX_ITEMS)
    problem('CFItems', msg`has ${rawItems.length} items; at most ${MAX_ITEMS} are accepted`);
  if (Array.isArray(rawAssociations) && rawAssociations.length > MAX_ASSOCIATIONS)
    problem(
      'CFAssociations',
      msg`has ${rawAssociations.length} associations; at most ${MAX_ASSOCIATIONS} are accepted`,
    );
  if (
    problems.length > 0 ||
    !isObject(doc) ||
    !Array.isArray(rawItems) ||
    !Array.isArray(rawAssociations)
  )
    return null;

  // Items: identifiers present and unique (also against the document).
  const documentId = doc['identifier'] as string;
  const nodes = new Map<string, Node>();
  rawItems.forEach((item: unknown, i) => {
    const path = `CFItems[${i}]`;
    if (!isObject(item)) return problem(path, msg`must be an object`);
    const id = item['identifier'];
    if (!isText(id) || id.trim() === '') return problem(`${path}.identifier`, msg`is missing`);
    if (!isText(item['fullStatement']))
      problem(`${path}.fullStatement`, msg`is missing or not a string`);
    if (id === documentId || nodes.has(id))
      return problem(`${path}.identifier`, msg`duplicate identifier ${id}`);
    const ext = isObject(item['extensions']) ? item['extensions'][EXTENSION_KEY] : undefined;
    nodes.set(id, { id, index: i, item, ext: isObject(ext) ? ext : null, path });
  });

  // Associations: hierarchy (isChildOf; isPartOf where a package has no isChildOf) and order;
  // prerequisites (precedes).
  const hierarchies: Record<Hierarchy, Map<string, { parent: string; seq: number; at: number }>> = {
    isChildOf: new Map(),
    isPartOf: new Map(),
  };
  const precedes: [string, string][] = [];
  const wellFormed: { a: Json; type: string; origin: string }[] = [];
  rawAssociations.forEach((a: unknown, i) => {
    const path = `CFAssociations[${i}]`;
    if (!isObject(a)) return problem(path, msg`must be an object`);
    const type = a['associationType'];
    const origin = isObject(a['originNodeURI']) ? a['originNodeURI']['identifier'] : undefined;
    const destination = isObject(a['destinationNodeURI'])
      ? a['destinationNodeURI']['identifier']
      : undefined;
    if (!isText(type)) return problem(`${path}.associationType`, msg`is missing`);
    if (!isText(origin)) return problem(`${path}.originNodeURI.identifier`, msg`is missing`);
    if (!isText(destination))
      return problem(`${path}.destinationNodeURI.identifier`, msg`is missing`);
    const seqRaw = a['sequenceNumber'];
    if (seqRaw !== undefined && seqRaw !== null && !Number.isSafeInteger(seqRaw))
      problem(`${path}.sequenceNumber`, msg`must be an integer`);
    const seq = Number.isSafeInteger(seqRaw) ? (seqRaw as number) : Number.MAX_SAFE_INTEGER;
    wellFormed.push({ a, type, origin });
    if (type === 'isChildOf' || type === 'isPartOf') {
      if (!nodes.has(origin))
        return problem(
          `${path}.originNodeURI`,
          msg`points to ${origin}, which is no CFItem of the package`,
        );
      if (destination !== documentId && !nodes.has(destination))
        return problem(
          `${path}.destinationNodeURI`,
          msg`points to ${destination}, which is neither the CFDocument nor a CFItem of the package`,
        );
      if (origin === destination) return problem(path, msg`${origin} is a child of itself (cycle)`);
      const parents = hierarchies[type];
      const known = parents.get(origin);
      if (known !== undefined && known.parent !== destination) {
        notes.push(
          `${nodes.get(origin)?.path} has several parents (${type}); the first (${known.parent}) is used`,
        );
        return;
      }
      parents.set(origin, { parent: destination, seq, at: i });
    } else if (type === 'precedes') {
      if (nodes.has(origin) && nodes.has(destination)) precedes.push([origin, destination]);
      else notes.push(`${path} (precedes) refers outside the package; ignored`);
    } else {
      notes.push(`${path} (${type}) has no counterpart in a curriculum; ignored`);
    }
  });
  let hierarchy: Hierarchy = 'isChildOf';
  if (hierarchies.isChildOf.size === 0 && hierarchies.isPartOf.size > 0) {
    hierarchy = 'isPartOf';
    notes.push('CFAssociations: the package has no isChildOf; its hierarchy is read from isPartOf');
  } else if (hierarchies.isPartOf.size > 0) {
    notes.push(
      `CFAssociations: ${hierarchies.isPartOf.size} isPartOf association(s) ignored; the hierarchy is read from isChildOf`,
    );
  }
  const parents = hierarchies[hierarchy];

  const children = childrenInOrder(nodes, parents, hierarchy, documentId, problem, notes);
  const modelledByOrigin = new Map<string, Json[]>();
  const unmodelled: Json[] = [];
  for (const { a, type, origin } of wellFormed) {
    if ((type === hierarchy || type === 'precedes') && nodes.has(origin)) {
      const list = modelledByOrigin.get(origin) ?? [];
      list.push(a);
      modelledByOrigin.set(origin, list);
    } else unmodelled.push(a);
  }

  return {
    doc,
    documentId,
    nodes,
    children,
    precedes,
    associations: rawAssociations.length,
    modelledByOrigin,
    unmodelled,
  };
}

/** The association types that build the tree of a package. */
type Hierarchy = 'isChildOf' | 'isPartOf';
type Parents = ReadonlyMap<string, { parent: string; seq: number; at: number }>;

/**
 * Every item's children in sequence order (by `sequenceNumber`, then `humanCodingScheme` in
 * natural order). Items in an `isChildOf` cycle are reported; items that never reach the document
 * are skipped and noted.
 */
function childrenInOrder(
  nodes: ReadonlyMap<string, Node>,
  parents: Parents,
  hierarchy: Hierarchy,
  documentId: string,
  problem: (path: string, message: string) => void,
  notes: string[],
): Map<string, Node[]> {
  // Depth of every item; cycles and items that never reach the document.
  const depth = new Map<string, number>();
  for (const node of nodes.values()) {
    const chain: string[] = [];
    let current = node.id;
    let result: number | undefined;
    const seen = new Set<string>();
    while (result === undefined) {
      if (depth.has(current)) {
        result = depth.get(current) as number;
        break;
      }
      if (seen.has(current)) {
        problem(
          `${nodes.get(current)?.path}`,
          msg`${hierarchy} associations form a cycle through ${current}`,
        );
        result = -1;
        break;
      }
      seen.add(current);
      chain.push(current);
      const parent = parents.get(current)?.parent;
      if (parent === undefined) {
        result = -1;
        break;
      }
      if (parent === documentId) {
        result = 0;
        break;
      }
      current = parent;
    }
    // chain[0] is `node`, chain[last] is the highest; depth counts from the document (units = 1).
    for (let k = chain.length - 1; k >= 0; k--) {
      const below = chain.length - 1 - k;
      depth.set(chain[k], result < 0 ? -1 : result + below + 1);
    }
  }
  // Structural problems do not stop here: the extension checks below report theirs as well.
  const detached = [...nodes.values()].filter((n) => depth.get(n.id) === -1);
  if (detached.length > 0)
    notes.push(
      `${detached.length} item(s) not attached to the document by ${hierarchy} were skipped: ${detached
        .slice(0, 20)
        .map((n) => n.path)
        .join(', ')}${detached.length > 20 ? ', …' : ''}`,
    );

  // Children in order.
  const children = new Map<string, Node[]>();
  for (const node of nodes.values()) {
    const parent = parents.get(node.id);
    if (parent === undefined || depth.get(node.id) === -1) continue;
    const list = children.get(parent.parent) ?? [];
    list.push(node);
    children.set(parent.parent, list);
  }
  // By sequenceNumber; without one, by humanCodingScheme in natural order (L1.2 before L1.10).
  const label = (n: Node) =>
    isText(n.item['humanCodingScheme']) ? n.item['humanCodingScheme'] : '';
  const order = (a: Node, b: Node) => {
    const pa = parents.get(a.id) as { seq: number };
    const pb = parents.get(b.id) as { seq: number };
    return (
      pa.seq - pb.seq ||
      label(a).localeCompare(label(b), 'en', { numeric: true }) ||
      a.index - b.index
    );
  };
  for (const list of children.values()) list.sort(order);
  return children;
}
