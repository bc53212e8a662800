/** Chrome by evidence: each named feature on a line that has it and one that does not, then the score. */
import { describe, expect, it } from 'vitest';
import { type ChromeFeature, chromeActions, chromeFeatures, chromeScore, evidenceContext, stripChromeLines } from '../../../../renderer/src/core/import/chrome-evidence';
import WEIGHTS from '../../../../renderer/src/core/import/chrome-weights.json';
import { lineToPara } from '../../../../renderer/src/core/import/paragraphs';

const doc = (lines: string[]) => lines.map(lineToPara);
/** The value of `feature` for line `i` of `lines`. */
const feature = (lines: string[], i: number, name: ChromeFeature): number => chromeFeatures(evidenceContext(doc(lines)), i)[name];

const BODY = 'La Cancillería informó hoy que el programa otorgó más de tres mil visas durante el primer semestre del año.';

describe('chrome features', () => {
  const cases: [ChromeFeature, string[], number, string[], number][] = [
    ['knownChrome', ['Leer más »'], 0, [BODY], 0],
    ['siteWords', ['Pasar al contenido principal'], 0, ['Pasar la agenda al Consejo'], 0],
    ['siteWords', ['Mostrando 4 de 1 284 resultados · Ordenar por'], 0, ['Mostrando avances en la integración'], 0],
    ['signOff', ['jha/mrs'], 0, ['Chile/Perú'], 0],
    ['signOff', ['(FIN) JCC/MDV'], 0, ['(Fin de año) JCC'], 0],
    ['signOff', ['Reporting by Marco Aquino; Editing by Leslie Adler'], 0, ['Reporting season opens'], 0],
    ['signOff', ['(ANSA).'], 0, ['(ANSA) - SANTIAGO, 14 NOV - El gobierno chileno propuso hoy acelerar la hoja de ruta.'], 0],
    ['byline', ['By Marco Aquino'], 0, ['Bypass road opens in Lima'], 0],
    ['legalWords', ['Distribución gratuita. Prohibida su venta.'], 0, [BODY], 0],
    ['legalTwice', ['La legalidad, veracidad y la calidad de la información es estricta responsabilidad de la dependencia.'], 0, ['Distribución gratuita.'], 0],
    ['credit', ['Vista de un puerto, el 2 de agosto de 2023. (Xinhua/Jorge Villegas)'], 0, ['Vista de un puerto (Valparaíso)'], 0],
    ['credit', ['Foto: Cancillería'], 0, ['Fotografía y memoria'], 0],
    ['creditBeforeTitle', ['Funcionarios firman el acuerdo en Lima. (AP Photo/Martín Mejía)', 'México abre oficina en Bogotá', BODY], 0, ['Funcionarios firman el acuerdo en Lima (AP Photo)', 'México abre oficina en Bogotá', BODY], 0],
    ['creditBeforeTitle', ['Foto de archivo. EFE/Paolo Aguilar', 'Perú pide preservar el pragmatismo', BODY], 0, ['Foto: Cancillería', 'Perú pide preservar el pragmatismo', BODY], 0],
    ['legalAtEnd', [BODY, 'Distribución gratuita.'], 1, ['Distribución gratuita.', 'Título', 'Lima, 3 de mayo de 2023.- Texto.'], 0],
    ['repeated', ['Fin', BODY, 'Fin'], 0, ['Fin', BODY], 0],
    ['everyUnit', ['Fin', 'Fin', 'Fin'], 0, ['Fin', 'Fin'], 0],
    ['repeated', ['spanish.news.cn| 2023-08-02 09:14:05|', 'spanish.news.cn| 2023-08-03 14:02:11|'], 0, ['Boletín', 'Boletines'], 0],
    ['tocEcho', ['• Ministers meet in Santiago', 'Ministers meet in Santiago', 'July 12, 2023 — Ministers met.'], 0, ['• Ministers meet in Santiago', 'Other', 'July 12, 2023 — Ministers met.'], 0],
    // A repeated sentence over a dateline ends a story: its other occurrence is no table of contents.
    ['tocEcho', ['• Ministers meet in Santiago', 'Ministers meet in Santiago', 'July 12, 2023 — Ministers met.'], 0, ['Texto de la nota uno.', 'Lima, 3 de mayo de 2023.- Otra.', 'Texto de la nota uno.'], 2],
    ['titleOccurrence', ['• Ministers meet in Santiago', 'Ministers meet in Santiago', 'July 12, 2023 — Ministers met.'], 1, ['• Ministers meet in Santiago', 'Ministers meet in Santiago', 'July 12, 2023 — Ministers met.'], 0],
    // Two stories may share a long title; a short line over most datelines ("Associated Press") is furniture.
    ['titleOccurrence', ['Ministros de la Alianza del Pacífico acuerdan hoja de ruta sanitaria', 'Lima, 3 de mayo de 2023.- Texto uno.', 'Ministros de la Alianza del Pacífico acuerdan hoja de ruta sanitaria', 'Lima, 4 de mayo de 2023.- Texto dos.'], 0, ['Associated Press', '21 noviembre 2023 · 14:32', BODY, 'Associated Press', '22 noviembre 2023 · 09:05'], 0],
    ['titleOccurrence', ['• Ministers meet in Santiago', 'Ministers meet in Santiago', 'July 12, 2023 — Ministers met.'], 1, ['Associated Press', '21 noviembre 2023 · 14:32', BODY, 'Associated Press', '22 noviembre 2023 · 09:05'], 0],
    ['short', ['Fin'], 0, [BODY], 0],
    ['unfinished', ['Gobierno de Chile'], 0, ['Fin.'], 0],
    ['sentence', [BODY], 0, ['Fin.'], 0],
    ['long', [`${BODY} ${BODY}`], 0, [BODY], 0],
    ['heading', ['# Título'], 0, ['Título'], 0],
    ['dateOnly', ['14 de noviembre de 2023'], 0, ['14 de noviembre de 2023 / Sin categoría'], 0],
    ['midSentence', ['los cuatro países', 'Alianza del Pacífico', 'y el Mercosur'], 1, ['Fin.', 'Alianza del Pacífico', 'Leer más'], 1],
    ['runningHead', ['Boletín Informativo', 'sin trámites', 'Boletín Informativo 2', 'adicionales, con un solo certificado.'], 2, ['Boletín Informativo', 'sin trámites.', 'Boletín Informativo 2', 'Adicionales.'], 2],
    ['sectionLabel', ['# Comercio', '## Chile y Perú actualizan su acuerdo aéreo', BODY], 0, ['## Comercio', '## Chile y Perú actualizan su acuerdo aéreo', BODY], 0],
    ['siteWords', ['La descarga se realizará en un archivo PDF.'], 0, ['La descarga de datos se realizará en marzo.'], 0],
    ['sectionLabel', ['COMERCIO', 'Perú y México revisan normas de etiquetado', 'Lima, 4 de diciembre de 2023.- Texto.'], 0, ['COMERCIO', 'Perú y México revisan normas de etiquetado', BODY], 0],
    ['salutation', ['Saludos cordiales,'], 0, ['Saludos a la delegación chilena en Lima'], 0],
    ['salutation', ['Estimados y estimadas:'], 0, ['Estimados de crecimiento para 2024'], 0],
    ['closing', ['Gracias por leernos. Si le fue útil, compártalo con un colega.'], 0, ['Gracias por la reunión, dijo el ministro.'], 0],
    ['siteWords', ['12 · 3 comentarios'], 0, ['12 comentarios al proyecto de ley fueron aprobados'], 0],
    ['siteWords', ['Comment'], 0, ['Comment period opens for port rules'], 0],
    ['legalWords', ['Este correo electrónico y sus anexos son confidenciales y están dirigidos a sus destinatarios.'], 0, ['Las negociaciones son confidenciales, dijo el ministro.'], 0],
    ['metaBeforeDateline', ['Título', 'Source: Xinhua| 2023-11-17 21:47:02|Editor: WXL', 'MEXICO CITY, Nov. 17 (Xinhua) -- Text.'], 1, ['Título', 'Source: Xinhua| 2023-11-17 21:47:02|Editor: WXL', BODY], 1],
    ['credit', ['A tourist takes photos in Cusco, Peru, Nov. 10, 2023. (Photo by Mariana Bazo/Xinhua)'], 0, ['A tourist takes photos in Cusco (Peru)'], 0],
    ['legalWords', ['Prepared by the Press Office. Not for distribution.'], 0, ['Prepared by the ministers for the summit.'], 0],
    ['colophonAfterRule', [BODY, '-----', 'Comunicado 142/2023 · Dirección General de Comunicación Social'], 2, [BODY, 'Comunicado 142/2023 · Dirección General de Comunicación Social'], 1],
    ['legalWords', ['You received this bulletin because you are registered as a contact.'], 0, ['The ministers received the report.'], 0],
    ['legalWords', ['¿No desea recibir más estos correos? Cancele su suscripción aquí.'], 0, ['Los exportadores desean recibir más apoyo.'], 0],
    ['tocLeader', ['Ministers approve 2024 work plan .................. 1'], 0, ['Ministers approve 2024 work plan for 1'], 0],
    ['hashtags', ['#ports #chile #peru'], 0, ['# Ports of Chile'], 0],
    ['pageMark', ['NEWSLETTER | NOVEMBER 2023   Page 1 of 3', BODY, 'NEWSLETTER | NOVEMBER 2023   Page 2 of 3'], 0, ['Read page 1 of 3', BODY], 0],
    ['pageMark', [BODY, 'Página 1 de 9'], 1, ['Página 1 de 9', BODY], 0],
    ['afterFooter', [BODY, 'You are receiving this email because you opted in.', 'Av. Example 123'], 2, [BODY, 'Av. Example 123', 'You are receiving this email because you opted in.'], 1],
    ['signOff', ['(c) Agencia EFE'], 0, ['Agencia EFE informó'], 0],
    ['siteWords', ['@europapress'], 0, ['@europapress informó hoy'], 0],
    // Below a wire's closing sign-off: the page's related links and footer.
    // (Only down to a legal footer: a sign-off over a next story's title is no footer.)
    ['afterFooter', [BODY, '(c) Agencia EFE', 'Chile eleva su proyección de cobre', 'Todos los derechos reservados'], 2, [BODY, '(c) Agencia EFE', 'Chile eleva su proyección de cobre'], 2],
    ['afterFooter', [BODY, '(c) Agencia EFE', 'Chile eleva su proyección de cobre', 'hace 40 minutos', 'MÁS NOTICIAS'], 2, [BODY, 'Fin', 'Chile eleva su proyección de cobre', 'Lima.', BODY], 2],
    // Above a legal footer, the short unfinished lines below the last sentence are the page's links; a story's list items are not.
    ['afterFooter', [BODY, 'Lo más leído', '1 Precio del dólar hoy en Perú', 'Términos y condiciones | Política de privacidad', 'Todos los derechos reservados.'], 2, [BODY, '• Firma electrónica avanzada', '• Identidad digital', 'Todos los derechos reservados.'], 1],
    // A caption closes with its picture's credit; prose about a photograph does not.
    ['captionCredit', ['Ambassadors of the four countries at the seminar. Photo: Embassy of Colombia'], 0, ['The ministers posed for the photo of the summit.'], 0],
    ['captionCredit', ['(Imagen: Produce Perú)'], 0, ['La imagen del bloque mejoró, según la encuesta.'], 0],
    // A short line over three stories' datelines is a label, however many date lines the page has.
    ['titleOccurrence', ['• Ministers meet in Santiago', 'Ministers meet in Santiago', 'July 12, 2023 — Ministers met.'], 1, ['Nota 1 sobre comercio regional', '3 de mayo de 2023', 'Linkedin', 'Lima, 3 de mayo de 2023.- Texto 1.', 'Actualizado', '3 de mayo de 2023 10:00', 'Nota 2 sobre comercio regional', '4 de mayo de 2023', 'Linkedin', 'Lima, 4 de mayo de 2023.- Texto 2.', 'Actualizado', '4 de mayo de 2023 10:00', 'Nota 3 sobre comercio regional', '5 de mayo de 2023', 'Linkedin', 'Lima, 5 de mayo de 2023.- Texto 3.', 'Actualizado', '5 de mayo de 2023 10:00', 'Fin.'], 2],
    // A relative time stamp under a related item is no sentence running on from the title above it.
    ['midSentence', ['Colombia y Ecuador firman acuerdo', 'y los ministros'], 0, ['Colombia y Ecuador firman acuerdo', 'hace 12 minutos'], 0],
  ];
  it.each(cases)('%s', (name, yes, i, no, j) => {
    expect(feature(yes, i, name)).toBe(1);
    expect(feature(no, j, name)).toBe(0);
  });

  it('numbered titles over every dateline are titles, not furniture (they share a shape, not a text)', () => {
    const lines = Array.from({ length: 50 }, (_, i) => [`Boletín número ${i}`, `Lima, ${(i % 28) + 1} de octubre de 2023.- Texto del boletín ${i} sobre comercio.`]).flat();
    const actions = chromeActions(doc(lines));
    expect(actions.filter((a) => a !== 'keep')).toEqual([]);
    expect(feature(lines, 0, 'titleOccurrence')).toBe(1);
  });

  it('unitSlot: a short line of one coarse shape in the same slot of most units is furniture; a title or a one-off is not', () => {
    // A press-monitoring clipping: each story closes with its source and page, every one different.
    const unit = (title: string, date: string, source: string): string[] => [title, date, BODY, source];
    const clip = [
      ...unit('Agroexportadores esperan un año récord', '12 de mayo de 2024', '• [La Industria,Pág. 8]'),
      ...unit('Chile y Perú revisan controles fronterizos', '13 de mayo de 2024', '• [Correo Tacna,Pág. 4]'),
      ...unit('México anuncia misión comercial', '14 de mayo de 2024', '• [El Mercurio,Pág. B6]'),
    ];
    expect(feature(clip, 3, 'unitSlot')).toBe(1);
    expect(feature(clip, 11, 'unitSlot')).toBe(1);
    // The titles share a slot too, but they have words: never furniture.
    expect(feature(clip, 4, 'unitSlot')).toBe(0);
    // Listing cards: a category label under each date, whatever its word.
    const cards = ['22/04/2024', 'Internacional', 'Cuarenta estudiantes llegan a Lima', BODY, '18/04/2024', 'Investigación', 'Firman convenio sobre el clima', BODY, '09/04/2024', 'Emprendimiento', 'Inicia la cátedra abierta', BODY];
    expect(feature(cards, 5, 'unitSlot')).toBe(1);
    // Once in three units is no slot of the unit; nor is a page header before the first unit.
    const once = [...clip.slice(0, 3), 'Nota', ...clip.slice(4, 7), 'Otra nota del día', ...clip.slice(8, 11)];
    expect(feature(once, 3, 'unitSlot')).toBe(0);
    expect(feature(['Prensa', ...cards], 0, 'unitSlot')).toBe(0);
    expect(chromeActions(doc(clip)).filter((a) => a !== 'keep')).toEqual(['drop', 'drop', 'drop']);
  });

  it('unitSlot: short titles that all differ are the units\' titles when no other title stands near, not furniture', () => {
    // 'Título 12' has one coarse shape in the slot over every dateline, like a card's category label;
    // but here it is the only title its unit has (the merge of impgen and the fitted weights dropped
    // every other one, 30 bulletins came out as 16).
    const units = Array.from({ length: 6 }, (_, n) => [`Título ${n}`, `Lima, 3 de mayo de 2023.- Texto del boletín ${n} sobre pesca y comercio entre los países de la Alianza del Pacífico.`]).flat();
    for (let n = 1; n < 6; n++) expect(feature(units, 2 * n, 'unitSlot')).toBe(0);
    expect(chromeActions(doc(units)).every((a) => a === 'keep')).toBe(true);
  });

  it('repeated / everyUnit: a title that repeats with its whole story is a copy, not furniture', () => {
    // A scan of one page printed three times (the OCR e2e's fixture): the title repeats before every
    // unit like a skip link, but the same prose follows it each time.
    const story = 'Lima, 14 de marzo de 2024. Los ministros de Relaciones Exteriores de Chile, Colombia, México y Perú firmaron hoy una declaración conjunta sobre cooperación.';
    const copies = Array.from({ length: 3 }, () => ['Declaración de Lima sobre cooperación regional', story]).flat();
    expect(feature(copies, 2, 'repeated')).toBe(0);
    expect(feature(copies, 2, 'everyUnit')).toBe(0);
    expect(chromeActions(doc(copies)).every((a) => a === 'keep')).toBe(true);
    // A skip link repeated before different stories stays repeated.
    const skip = ['Ir al contenido', story, 'Ir al contenido', story.replace('cooperación', 'comercio'), 'Ir al contenido', story.replace('cooperación', 'pesca')];
    expect(feature(skip, 2, 'repeated')).toBe(1);
  });

  it('every weighted feature is computed, and every computed feature has a weight', () => {
    const computed = Object.keys(chromeFeatures(evidenceContext(doc(['x'])), 0)).sort();
    expect(computed).toEqual(Object.keys(WEIGHTS.weights).sort());
  });
});

describe('chrome score', () => {
  it('is the weighted sum plus the bias', () => {
    const none = Object.fromEntries(Object.keys(WEIGHTS.weights).map((k) => [k, 0])) as Record<ChromeFeature, number>;
    expect(chromeScore(none)).toBe(WEIGHTS.bias);
    expect(chromeScore({ ...none, repeated: 1, short: 1 })).toBe(WEIGHTS.bias + WEIGHTS.weights.repeated + WEIGHTS.weights.short);
  });

  it('the committed weights are fitted, each keeps its direction, and a line with no chrome evidence stays under the bias', () => {
    expect(WEIGHTS.comment).toMatch(/FITTED by `npm run fit-chrome`/u);
    const weights = WEIGHTS.weights as Record<string, number>;
    for (const [k, d] of Object.entries(WEIGHTS.directions as Record<string, string>)) {
      expect(weights[k], `direction for an unweighted feature ${k}`).toBeDefined();
      if (d === 'chrome') expect(weights[k], k).toBeGreaterThanOrEqual(0);
      if (d === 'content') expect(weights[k], k).toBeLessThanOrEqual(0);
    }
    // mayBeChrome skips the features of a line seen once with no chrome word: whatever such a line
    // has (its length, its end, a byline's words…) must not reach 0 under any refit.
    const none = Object.fromEntries(Object.keys(WEIGHTS.weights).map((k) => [k, 0])) as Record<ChromeFeature, number>;
    const plain: ChromeFeature[] = ['short', 'unfinished', 'heading', 'sentence', 'long', 'byline', 'dateOnly', 'midSentence'];
    const worst = { ...none, ...Object.fromEntries(plain.filter((k) => (weights[k] ?? 0) > 0).map((k) => [k, 1])) };
    expect(chromeScore(worst)).toBeLessThanOrEqual(0);
  });

  it('drops a line repeated before every article, keeps titles, bodies and dates', () => {
    const lines = ['Pasar al contenido', 'Perú y Chile revisan la agenda', '28 de junio de 2023', BODY, 'Pasar al contenido', 'Reunión técnica en Lima', '3 de julio de 2023', BODY];
    expect(chromeActions(doc(lines))).toEqual(['drop', 'keep', 'keep', 'keep', 'drop', 'keep', 'keep', 'keep']);
  });

  it('keeps only the date of a repeated meta line, and nothing of it before the story’s dateline', () => {
    const a = ['Título uno', 'spanish.news.cn| 2023-08-02 09:14:05|', BODY, 'Título dos', 'spanish.news.cn| 2023-08-03 14:02:11|', 'LIMA, 3 ago (Xinhua) -- Texto.'];
    expect(chromeActions(doc(a))).toEqual(['keep', 'date', 'keep', 'keep', 'drop', 'keep']);
  });

  it('on raw lines: a page mark between paragraphs is cut without leaving a break', () => {
    const r = stripChromeLines('Title\nThe council met.\nNEWS | NOV 2023  Page 1 of 2\nThe next one is in May.\n\nOther\nText.\nNEWS | NOV 2023  Page 2 of 2');
    expect(r.text).toBe('Title\nThe council met.\nThe next one is in May.\n\nOther\nText.');
  });

  it('on raw lines: a running head is cut so the sentence joins; a sign-off leaves a break', () => {
    const r = stripChromeLines('Boletín Informativo\n\nUn portal permite registrarse sin trámites\nBoletín Informativo 2\nadicionales, con un solo certificado.\njha/mrs\nOtro título');
    expect(r.text).toBe('Boletín Informativo\n\nUn portal permite registrarse sin trámites\nadicionales, con un solo certificado.\n\nOtro título');
    expect(r.removed).toEqual(['Boletín Informativo 2', 'jha/mrs']);
  });
});
