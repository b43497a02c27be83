import { RULE_IDS } from './rule-ids';

/** `|` inside a Markdown table cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|');

/**
 * `docs/rules.md`: every rule of the engine with its id, severities, what it checks and where it
 * comes from, in the order the engine runs them (`npm run docs:rules` writes it; a test keeps it
 * true).
 */
export function rulesMarkdown(): string {
  const rows = RULE_IDS.map(
    (rule) =>
      `| \`${rule.id}\` | ${rule.severities.join(', ')} | ${cell(rule.description)} | ${cell(rule.source)} |`,
  );
  return [
    '# The rules of the curriculum checks',
    '',
    'Every rule the rule engine (`libs/curriculum/src/lib/rules`) runs on a curriculum, in the order',
    'it runs them. Errors block submission for review; warnings do not. The editor, the validation',
    'endpoint (`GET /api/v1/curricula/:id/validation`), imports and the command line use the same',
    'engine. Written by `npm run docs:rules` from `RULE_IDS`; a test fails when this file is out of',
    'date.',
    '',
    '| id | severity | what it checks | source |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
