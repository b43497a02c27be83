import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS } from './rule-ids';
import { rulesMarkdown } from './rules-doc';

/** Markdown tables without the padding Prettier adds. */
const unpadded = (markdown: string) =>
  markdown
    .split('\n')
    .map((line) =>
      line.startsWith('|') ? line.replace(/\s*\|\s*/g, '|').replace(/-{3,}/g, '---') : line,
    )
    .join('\n')
    .trim();

describe('docs/rules.md', () => {
  it('lists every rule with its id, severities and source, as the engine has them', () => {
    const file = unpadded(readFileSync(join(__dirname, '../../../../../docs/rules.md'), 'utf8'));
    expect(file).toBe(unpadded(rulesMarkdown()));
    for (const rule of RULE_IDS) {
      expect(file).toContain(`|\`${rule.id}\`|${rule.severities.join(', ')}|`);
      expect(rule.source.length).toBeGreaterThan(10);
    }
  });
});
