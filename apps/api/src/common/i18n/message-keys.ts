import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';

/** Where a `msg` template is written, for a test's message. */
export interface MessageKeyUse {
  readonly key: string;
  readonly file: string;
}

/** The non-test TypeScript files under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(spec|e2e-spec|test)\.ts$/.test(entry.name)
      ? [path]
      : [];
  });
}

/**
 * The key of a `msg` template: its literal parts with `{0}`, `{1}` … for the values, as the
 * catalogues write it (ADR 0026).
 */
function keyOf(template: ts.TemplateLiteral): string {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return template.text;
  return template.templateSpans.reduce(
    (key, span, i) => `${key}{${i}}${span.literal.text}`,
    template.head.text,
  );
}

/** Every `msg\`…\`` template in the TypeScript sources under `roots`, with the file it is in. */
export function messageKeyUses(roots: readonly string[]): MessageKeyUse[] {
  const uses: MessageKeyUse[] = [];
  for (const file of roots.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('msg`')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
    const visit = (node: ts.Node): void => {
      if (
        ts.isTaggedTemplateExpression(node) &&
        ts.isIdentifier(node.tag) &&
        node.tag.text === 'msg'
      ) {
        uses.push({ key: keyOf(node.template), file });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}
