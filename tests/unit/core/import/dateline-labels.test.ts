/** A unit's labelled date slot left empty is set aside (dateline-labels.ts). */
import { describe, expect, it } from 'vitest';
import { emptyDateSlots } from '../../../../renderer/src/core/import/dateline-labels';
import { textToParas } from '../../../../renderer/src/core/import/paragraphs';
import { splitBulletins } from '../../../../renderer/src/core/import/splitter';

const unit = (title: string, slot: string) => `${title}\n\n${slot}\n\nLa delegación revisó la agenda del bloque con sus socios.`;
const digest = [
  unit('Perú propone un mecanismo contra la pesca ilegal', 'Publicado: Wed, 08 Nov 2023 23:40:00 -0500'),
  unit('Mincetur informa más visitantes', 'Publicado: Tue, 07 Nov 2023 12:15:00 -0500'),
  unit('Colombia convoca a la sociedad civil', 'Publicado: (el feed no indica fecha)'),
  unit('México y Perú celebran una reunión', 'Publicado: Mon, 06 Nov 2023 18:30:00 -0600'),
].join('\n\n');

describe('emptyDateSlots', () => {
  it('finds the line with the datelines’ shared label and no date', () => {
    const paras = textToParas(digest);
    expect(emptyDateSlots(paras).map((i) => paras[i]?.text)).toEqual(['Publicado: (el feed no indica fecha)']);
  });

  it('needs three datelines with the label, and leaves longer text alone', () => {
    const two = textToParas('Publicado: 8 Nov 2023\n\nTexto.\n\nPublicado: 9 Nov 2023\n\nPublicado: sin fecha');
    expect(emptyDateSlots(two)).toEqual([]);
    const long = textToParas(`${digest}\n\nPublicado: ${'palabra '.repeat(20)}`);
    expect(emptyDateSlots(long)).toHaveLength(1);
  });

  it('keeps the undated unit’s body starting at its text', () => {
    const b = splitBulletins(digest, { fileDate: '2023-11-09' });
    expect(b[2]?.paragraphs[0]).toBe('La delegación revisó la agenda del bloque con sus socios.');
  });
});
