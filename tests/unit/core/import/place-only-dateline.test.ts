/** A place-only dateline in capitals ("SANTIAGO.–") is the bulletin's place, and no line is lost. */
import { describe, expect, it } from 'vitest';
import { toParsedBulletin } from '../../../../renderer/src/core/import/build-bulletin';
import { importFileReport } from '../../../../renderer/src/core/import/import-file';

const split = (first: string) => ({ title: 'Chile y Perú revisan avances', titleFromBody: false, date: null, precision: 'unknown' as const, place: null, paragraphs: [first, 'Más texto.'] });

describe('place-only datelines', () => {
  it('moves "SANTIAGO.– " and "CIUDAD DE MÉXICO.- " into the place', () => {
    const a = toParsedBulletin(split('SANTIAGO.– Equipos técnicos de ambos países sostuvieron una reunión.'), 'x.txt');
    expect([a.place, a.body.slice(0, 17)]).toEqual(['SANTIAGO', 'Equipos técnicos ']);
    expect(toParsedBulletin(split('CIUDAD DE MÉXICO.- La Secretaría informó.'), 'x.txt').place).toBe('CIUDAD DE MÉXICO');
  });

  it('leaves text that only looks like it, and a place the dateline already gave', () => {
    expect(toParsedBulletin(split('Santiago.– equipos técnicos se reunieron.'), 'x.txt').place).toBeNull();
    expect(toParsedBulletin({ ...split('LIMA.- Texto.'), place: 'Lima' }, 'x.txt').body.startsWith('LIMA.-')).toBe(true);
  });

  it('is reported by the nothing-lost check as kept', async () => {
    const text = 'Chile y Perú revisan avances en sus ventanillas\n\nSANTIAGO.– Equipos técnicos de ambos países sostuvieron una videoconferencia para revisar certificados.\n';
    const r = await importFileReport({ name: 'nota.txt', bytes: new TextEncoder().encode(text) });
    expect(r.bulletins[0]?.place).toBe('SANTIAGO');
    expect(r.lost).toEqual([]);
  });
});
