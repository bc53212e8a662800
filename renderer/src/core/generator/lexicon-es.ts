/**
 * Spanish lexicon for generated bulletins: function words and content stems expanded with
 * regular inflection (plurals, gender, verb tenses) into a few thousand accented word forms.
 */

const words = (s: string): string[] => s.split(/\s+/).filter((w) => w.length > 0);

/** Most frequent first. */
export const ES_FUNCTION_WORDS: readonly string[] = words(`
de la el en y los las del que a por con para se una un al su como es fue entre lo más sobre
este esta estos estas también durante además ha han sido será desde hasta así cual sin cada
otros otras dos cuatro donde tras ante mediante hacia bajo según cuyo ya muy sus ello dicha
dicho dichos ambos ambas tanto
`);

const NOUNS = words(`
alianza acuerdo reunión cumbre grupo consejo ministro ministerio país región economía mercado
comercio exportación importación inversión empresa emprendedor proyecto programa plan taller
seminario foro diálogo hoja ruta estrategia política iniciativa red institución agencia
organización gobierno sector industria servicio producto pesca acuicultura pescador comunidad
mujer joven estudiante beca universidad investigador científico experto profesional delegación
representante embajador coordinador secretaría presidencia declaración comunicado informe estudio
análisis encuesta indicador resultado desafío oportunidad prioridad objetivo meta compromiso
cooperación integración desarrollo crecimiento competitividad productividad innovación tecnología
plataforma ventanilla aduana arancel procedimiento regulación norma certificación turismo turista
destino cultura patrimonio artista festival exposición educación formación curso habilidad
capacidad género igualdad inclusión diversidad migración visa movilidad salud vacuna pandemia
emergencia desastre riesgo resiliencia ambiente clima océano biodiversidad residuo plástico
bosque agua energía minería mineral infraestructura puerto logística transporte conectividad
internet dato privacidad ciberseguridad firma finanza banco capital fondo crédito seguro pensión
impuesto presupuesto recurso socio observador candidato miembro negociación protocolo capítulo
anexo marco mecanismo instancia comité subgrupo panel sesión ronda agenda tema lección
experiencia práctica conocimiento evidencia información publicación guía cartilla manual video
campaña premio concurso convocatoria postulación propuesta donación transferencia pago empleo
trabajador sindicato cámara asociación cooperativa agricultor productor consumidor comprador
proveedor cadena valor precio costo demanda oferta volumen cifra porcentaje tasa aumento
trimestre semestre año mes semana día edición aniversario lanzamiento apertura clausura
ceremonia discurso entrevista prensa periodista medio portal boletín artículo ley decreto
resolución ratificación parlamento congreso senado tribunal justicia seguridad frontera
corredor ciudad provincia territorio municipio alcalde gobernador funcionario equipo líder
director presidente canciller asesor consultor facilitador participante asistente expositor
moderador anfitrión visitante invitado delegado voluntario mentor agricultura alimento
`);

const VERBS = words(`
impulsar fortalecer apoyar organizar realizar participar firmar acordar aprobar adoptar lanzar
presentar compartir analizar identificar implementar ejecutar financiar coordinar fomentar
facilitar incrementar mejorar avanzar alcanzar completar destacar reafirmar recordar señalar
contribuir colaborar conectar integrar consolidar crear diseñar preparar publicar anunciar
informar inaugurar celebrar premiar seleccionar invitar registrar capacitar educar enseñar
intercambiar negociar ratificar armonizar simplificar digitalizar modernizar conservar restaurar
monitorear evaluar estudiar explorar generar exportar comercializar comprar invertir atraer
brindar entregar beneficiar habilitar empoderar representar liderar presidir acompañar agradecer
expresar considerar examinar definir priorizar programar planificar renovar actualizar
transformar acelerar movilizar canalizar asignar destinar gestionar abordar visibilizar
articular promocionar potenciar dinamizar reactivar posicionar
promover establecer reconocer ofrecer proteger emprender exponer proponer obtener mantener
comprender responder sostener favorecer fortalecer aprender
reunir concluir incluir definir difundir discutir compartir asistir cumplir recibir construir
distribuir producir dirigir decidir
`);

const ADJECTIVES = words(`
regional nacional internacional bilateral multilateral económico comercial financiero social
cultural educativo ambiental sostenible digital tecnológico científico académico técnico
institucional político estratégico operativo anual virtual híbrido inclusivo equitativo
competitivo productivo innovador creativo responsable resiliente verde azul marino costero
rural urbano local global público privado conjunto común principal importante relevante
esencial significativo exitoso eficaz eficiente positivo concreto específico actual futuro
anterior reciente primero segundo tercero final nuevo pequeño mediano grande diverso clave
central adicional diverso activo artesanal pesquero estudiantil empresarial laboral
`);

const ACCENTED_ENDING: Readonly<Record<string, string>> = { 'ón': 'ones', 'én': 'enes', 'ín': 'ines', 'ún': 'unes', 'és': 'eses' };

/** Spanish plural: "reunión" → "reuniones", "país" → "países", "luz" → "luces". */
export function spanishPlural(w: string): string {
  const end = w.slice(-2);
  const accented = ACCENTED_ENDING[end];
  if (accented !== undefined) return w.slice(0, -2) + accented;
  if (w.endsWith('ís')) return `${w.slice(0, -2)}íses`;
  if (w.endsWith('z')) return `${w.slice(0, -1)}ces`;
  if (/[aeiouáéó]$/.test(w)) return `${w}s`;
  if (/(is|sis)$/.test(w)) return w;
  return `${w}es`;
}

function adjectiveForms(a: string): string[] {
  if (a.endsWith('o')) {
    const stem = a.slice(0, -1);
    return [a, `${stem}a`, `${stem}os`, `${stem}as`, `${stem}amente`];
  }
  if (a.endsWith('e')) return [a, `${a}s`, `${a}mente`];
  if (a.endsWith('or')) return [a, `${a}a`, `${a}es`, `${a}as`];
  return [a, spanishPlural(a), `${a}mente`];
}

function verbForms(v: string): string[] {
  const stem = v.slice(0, -2);
  const kind = v.slice(-2);
  // -uir verbs take a y: "concluyó", "incluyeron", "construyendo".
  const i = kind === 'ir' && stem.endsWith('u') ? 'y' : 'i';
  if (kind === 'ar') {
    return [v, `${stem}a`, `${stem}an`, `${stem}ó`, `${stem}aron`, `${stem}ando`, `${stem}ado`, `${stem}ada`,
      `${stem}ados`, `${stem}adas`, `${stem}ará`, `${stem}arán`, `${stem}amos`];
  }
  const fut = kind === 'er' ? 'erá' : 'irá';
  return [v, `${stem}e`, `${stem}en`, `${stem}${i}ó`, `${stem}${i}eron`, `${stem}${i}endo`, `${stem}ido`, `${stem}ida`,
    `${stem}idos`, `${stem}idas`, `${stem}${fut}`, `${stem}${fut}n`];
}

/** Every Spanish content word form, deduplicated, in a fixed order. */
export function spanishContentWords(): string[] {
  const out = new Set<string>();
  for (const n of NOUNS) {
    out.add(n);
    out.add(spanishPlural(n));
  }
  for (const v of new Set(VERBS)) for (const f of verbForms(v)) out.add(f);
  for (const a of ADJECTIVES) for (const f of adjectiveForms(a)) out.add(f);
  for (const f of ES_FUNCTION_WORDS) out.delete(f);
  return [...out];
}

/** Imperfect, conditional and subjunctive forms ("impulsaba", "firmarían"): the far Zipf tail. */
function rareVerbForms(v: string): string[] {
  const stem = v.slice(0, -2);
  const kind = v.slice(-2);
  if (kind === 'ar') return [`${stem}aba`, `${stem}aban`, `${stem}aría`, `${stem}arían`, `${stem}e`, `${stem}en`];
  const inf = kind === 'er' ? 'er' : 'ir';
  return [`${stem}ía`, `${stem}ían`, `${stem}${inf}ía`, `${stem}${inf}ían`, `${stem}a`, `${stem}an`];
}

/** Rare Spanish word forms, excluding any already in `spanishContentWords()`. */
export function spanishTailWords(): string[] {
  const common = new Set(spanishContentWords());
  const out = new Set<string>();
  for (const v of VERBS) for (const f of rareVerbForms(v)) out.add(f);
  return [...out].filter((w) => !common.has(w));
}
