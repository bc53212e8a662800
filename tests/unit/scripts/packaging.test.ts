import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** electron-builder.yml as top-level keys → their indented lines (enough for this flat file). */
function sections(): Map<string, string[]> {
  const text = readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8');
  const out = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const top = /^([A-Za-z]\w*):/u.exec(line);
    if (top?.[1]) out.set(top[1], (current = []));
    else current?.push(line.trim());
  }
  return out;
}

describe('packaging (electron-builder.yml)', () => {
  it('ships only the three bundles, the icon and package.json', () => {
    const files = sections().get('files') ?? [];
    expect(files.filter((f) => f.startsWith('- out/'))).toEqual(['- out/main/**', '- out/preload/**', '- out/renderer/**']);
    expect(files).not.toContain('- out/**');
  });

  it('flips the Electron fuses of the security checklist', () => {
    const fuses = sections().get('electronFuses') ?? [];
    for (const fuse of [
      'runAsNode: false',
      'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false',
      'enableEmbeddedAsarIntegrityValidation: true',
      'onlyLoadAppFromAsar: true',
      'grantFileProtocolExtraPrivileges: false',
    ]) {
      expect(fuses).toContain(fuse);
    }
  });
});
