// Writes docs/rules.md from the rule engine's list of rules (RULE_IDS): `npm run docs:rules`.
import { rulesMarkdown } from '@curriculum-builder/curriculum';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

writeFileSync(join(__dirname, '../../docs/rules.md'), rulesMarkdown(), 'utf8');
