import { readFileSync, writeFileSync } from 'node:fs';
import { format } from 'prettier';

/** A Markdown table (Prettier aligns it when the document is formatted). */
export function markdownTable(
  head: readonly string[],
  rows: readonly (readonly unknown[])[],
): string {
  const line = (cells: readonly unknown[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * Replaces the text between `<!-- <name>: start -->` and `<!-- <name>: end -->` in a Markdown file
 * (the part a benchmark writes), leaving the hand-written rest alone, and formats the file with
 * Prettier. The markers must exist.
 */
export async function replaceSection(file: string, name: string, text: string): Promise<void> {
  const start = `<!-- ${name}: start -->`;
  const end = `<!-- ${name}: end -->`;
  const document = readFileSync(file, 'utf8');
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no "${start}" … "${end}" section`);
  const updated = `${document.slice(0, from + start.length)}\n\n${text.trim()}\n\n${document.slice(to)}`;
  // Formatted as the repository's check wants it (tables aligned).
  writeFileSync(file, await format(updated, { filepath: file }));
}
