// The lint rule that keeps features on the command set: run ESLint's API on small snippets placed
// where a feature file would be, so a rule that stops biting (a renamed path, a lost config block)
// fails here and not only in review.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: repo });

async function restrictedImports(code: string, file = 'renderer/src/features/library/Probe.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repo}/${file}` });
  if (!result) throw new Error('ESLint returned no result');
  const fatal = result.messages.find((message) => message.fatal);
  if (fatal) throw new Error(`the snippet does not parse: ${fatal.message}`);
  return result.messages.filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports').map((message) => message.message);
}

describe('features import no data/ writer', () => {
  it.each([
    ["import { updateBulletin } from '../../data';\nvoid updateBulletin;", 'updateBulletin'],
    ["import { moveToTrash } from '../../data/bulletins-write';\nvoid moveToTrash;", 'moveToTrash'],
    ["import { addTags, listTags } from '../../data';\nvoid addTags; void listTags;", 'addTags'],
    ["import * as data from '../../data';\nvoid data;", '*'],
    ["import { restoreWithSafetySnapshot } from '../../app/archive/snapshots';\nvoid restoreWithSafetySnapshot;", 'restoreWithSafetySnapshot'],
  ])('rejects %s', async (code, name) => {
    const messages = await restrictedImports(code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(name === '*' ? "archive's commands" : `'${name}'`);
  }, 30_000);

  it('allows reads, errors and type-only imports', async () => {
    const code = [
      "import { ArchiveError, getBulletin, listTags } from '../../data';",
      "import type { BulletinPatch } from '../../data';",
      'export const probe = (patch: BulletinPatch) => [ArchiveError, getBulletin, listTags, patch];',
    ].join('\n');
    expect(await restrictedImports(code)).toEqual([]);
  }, 30_000);

  it('leaves app/ (where the commands live) free to write', async () => {
    const code = "import { updateBulletin } from '../../data';\nvoid updateBulletin;";
    expect(await restrictedImports(code, 'renderer/src/app/archive/probe.ts')).toEqual([]);
  }, 30_000);
});
