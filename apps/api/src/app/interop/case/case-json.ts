/** JSON values of a CASE package as the importer reads them. */
export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const isText = (v: unknown): v is string => typeof v === 'string';

/** A CFItem with its index, path in the package and our extension object (if any). */
export interface Node {
  readonly id: string;
  readonly index: number;
  readonly item: Json;
  readonly ext: Json | null;
  readonly path: string;
}
