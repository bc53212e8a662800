import { describe, expect, it } from 'vitest';
import { generateBulletins, toExportJson, toMultiBulletinText } from '../../../../renderer/src/core/generator';
import { importPlainText } from '../../../../renderer/src/core/import/importers/text';
import { importBackupJson } from '../../../../renderer/src/core/import/importers/json';

describe('generated corpora through the real importers', () => {
  it('splits the multi-bulletin text back into the same bulletins', () => {
    const bulletins = generateBulletins(300, 21);
    const parsed = importPlainText(toMultiBulletinText(bulletins), 'generated.txt');
    expect(parsed).toHaveLength(bulletins.length);
    parsed.forEach((p, i) => {
      const b = bulletins[i];
      expect(p.title).toBe(b?.title);
      expect(p.date).toBe(b?.date);
      expect(p.place).toBe(b?.place);
      expect(p.body).toBe(b?.body);
      expect(p.language).toBe(b?.language);
    });
  });

  it('reads the generated backup JSON back', () => {
    const bulletins = generateBulletins(40, 5);
    const parsed = importBackupJson(JSON.stringify(toExportJson(bulletins)), 'archive.json');
    expect(parsed.map((p) => p.title)).toEqual(bulletins.map((b) => b.title));
  });
});
