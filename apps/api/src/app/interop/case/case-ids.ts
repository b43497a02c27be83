import { createHash } from 'node:crypto';

/** A UUID whose variant nibble is 8, 9, a or b, as CASE requires. */
export const CASE_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * The CASE identifier for one of our ids: the id itself when it is already a CASE UUID, otherwise a
 * name-based UUID (version 5 layout, SHA-1 of `name`) — the same name always gives the same UUID.
 */
export function caseUuid(name: string): string {
  if (CASE_UUID.test(name)) return name.toLowerCase();
  const hash = createHash('sha1').update(`curriculum-builder:${name}`, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
