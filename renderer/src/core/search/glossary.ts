/**
 * The built-in Spanish ↔ English glossary of Pacific Alliance terms, and translation expansion
 * for the "Also match translations" toggle.
 *
 * Expansion design: a query term that matches one side of an entry gets the other side added as
 * an alternative (OR) in the same clause. A multi-word translation is added as a phrase, so
 * "pesca" also matches "fisheries", and "cambio climático" also matches the phrase "climate change".
 * Terms are compared by their analysed keys, so accents, case and plurals do not matter.
 */
import type { GlossaryEntry } from '../backup/format';
import { analyze } from './analyze';

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['pesca', 'fisheries'], ['pesca', 'fishing'], ['acuicultura', 'aquaculture'], ['pymes', 'SMEs'], ['mipymes', 'MSMEs'],
  ['pequeñas y medianas empresas', 'small and medium-sized enterprises'], ['cambio climático', 'climate change'],
  ['cooperación', 'cooperation'], ['seguridad digital', 'digital security'], ['emprendimiento', 'entrepreneurship'],
  ['emprendedores', 'entrepreneurs'], ['comercio', 'trade'], ['comercio exterior', 'foreign trade'], ['turismo', 'tourism'],
  ['género', 'gender'], ['educación', 'education'], ['medio ambiente', 'environment'], ['crecimiento verde', 'green growth'],
  ['economía digital', 'digital economy'], ['movilidad estudiantil', 'student mobility'], ['consejo de ministros', 'council of ministers'],
  ['coordinadores nacionales', 'national coordinators'], ['presidencia pro tempore', 'pro tempore presidency'],
  ['grupo técnico', 'technical group'], ['alianza del pacífico', 'pacific alliance'], ['cumbre', 'summit'],
  ['declaración', 'declaration'], ['hoja de ruta', 'roadmap'], ['estados observadores', 'observer states'],
  ['estado asociado', 'associate state'], ['integración', 'integration'], ['inversión', 'investment'],
  ['exportaciones', 'exports'], ['importaciones', 'imports'], ['aduanas', 'customs'], ['facilitación del comercio', 'trade facilitation'],
  ['innovación', 'innovation'], ['transformación digital', 'digital transformation'], ['mujeres', 'women'],
  ['empoderamiento económico', 'economic empowerment'], ['juventud', 'youth'], ['becas', 'scholarships'],
  ['cultura', 'culture'], ['salud', 'health'], ['minería', 'mining'], ['agricultura', 'agriculture'],
  ['desarrollo sostenible', 'sustainable development'], ['economía circular', 'circular economy'],
  ['contaminación por plásticos', 'plastic pollution'], ['océanos', 'oceans'], ['biodiversidad', 'biodiversity'],
  ['transparencia', 'transparency'], ['compras públicas', 'public procurement'], ['propiedad intelectual', 'intellectual property'],
  ['servicios financieros', 'financial services'], ['mercado de capitales', 'capital markets'], ['infraestructura', 'infrastructure'],
  ['competitividad', 'competitiveness'], ['reunión', 'meeting'], ['taller', 'workshop'], ['seminario web', 'webinar'],
  ['cadenas de valor', 'value chains'], ['encadenamientos productivos', 'productive linkages'],
  ['relacionamiento externo', 'external relations'], ['discapacidad', 'disability'], ['inclusión', 'inclusion'],
  ['ministerio', 'ministry'], ['cancillería', 'foreign ministry'], ['viceministros', 'vice ministers'],
  // The working groups' own vocabulary, as the bulletins of each side name it (fisheries, trade, health,
  // mining, environment, education, gender, finance, external relations).
  ['pesca artesanal', 'artisanal fisheries'], ['pesca artesanal', 'artisanal fishing'], ['artesanal', 'artisanal'],
  ['pescadores artesanales', 'artisanal fishers'], ['pescadores', 'fishers'], ['pescadores', 'fishermen'],
  ['pesquerías', 'fisheries'], ['pesquero', 'fishery'], ['pesquera', 'fishing'], ['acuícola', 'aquaculture'],
  ['anchoveta', 'anchovy'], ['jurel', 'jack mackerel'], ['pota', 'giant squid'], ['calamar', 'squid'],
  ['harina de pescado', 'fishmeal'], ['pesca ilegal', 'illegal fishing'], ['recursos pesqueros', 'fish stocks'],
  ['trazabilidad', 'traceability'], ['caletas', 'fishing coves'],
  ['vacunas', 'vaccines'], ['medicamentos', 'medicines'], ['salud mental', 'mental health'],
  ['riesgos psicosociales', 'psychosocial risks'], ['seguridad alimentaria', 'food security'],
  ['inocuidad alimentaria', 'food safety'], ['alimentos', 'food'], ['agencias reguladoras', 'regulators'],
  ['regulación', 'regulation'], ['convergencia regulatoria', 'regulatory convergence'],
  ['buenas prácticas regulatorias', 'good regulatory practices'], ['mejora regulatoria', 'regulatory improvement'],
  ['ventanilla única', 'single window'], ['ventanillas únicas de comercio exterior', 'foreign trade single windows'],
  ['certificado de origen', 'certificate of origin'], ['reglas de origen', 'rules of origin'],
  ['acumulación de origen', 'cumulation of origin'], ['operador económico autorizado', 'authorized economic operator'],
  ['medidas sanitarias y fitosanitarias', 'sanitary and phytosanitary measures'], ['fitosanitario', 'phytosanitary'],
  ['firma electrónica', 'electronic signature'], ['comercio electrónico', 'e-commerce'],
  ['comercio electrónico', 'electronic commerce'], ['comercio digital', 'digital trade'],
  ['mercado digital regional', 'regional digital market'], ['ciberseguridad', 'cybersecurity'],
  ['protección de datos', 'data protection'], ['pagos digitales', 'digital payments'], ['gobierno digital', 'digital government'],
  ['libre comercio', 'free trade'], ['tratado de libre comercio', 'free trade agreement'],
  ['acuerdo de libre comercio', 'free trade agreement'], ['estado asociado', 'associated state'], ['adhesión', 'accession'],
  ['miembro pleno', 'full member'], ['aranceles', 'tariffs'], ['acceso a mercados', 'market access'],
  ['protocolo adicional', 'additional protocol'], ['protocolo comercial', 'trade protocol'], ['acuerdo marco', 'framework agreement'],
  ['acuerdo', 'agreement'], ['memorando de entendimiento', 'memorandum of understanding'], ['plan de trabajo', 'work plan'],
  ['plan de acción', 'action plan'], ['foro', 'forum'], ['seminario', 'seminar'], ['rueda de negocios', 'business round'],
  ['consejo empresarial', 'business council'], ['sector privado', 'private sector'], ['exportadores', 'exporters'],
  ['exportadoras', 'exporters'], ['empresarias', 'businesswomen'], ['mujeres empresarias', 'women entrepreneurs'],
  ['emprendedoras', 'women entrepreneurs'], ['mujeres exportadoras', 'women exporters'],
  ['igualdad de género', 'gender equality'], ['autonomía económica', 'economic autonomy'],
  ['inclusión financiera', 'financial inclusion'], ['integración financiera', 'financial integration'],
  ['finanzas abiertas', 'open finance'], ['servicios y capitales', 'services and capital'],
  ['marcas', 'trademarks'], ['patentes', 'patents'], ['indicaciones geográficas', 'geographical indications'],
  ['denominaciones de origen', 'appellations of origin'],
  ['minas', 'mines'], ['minero', 'mining'], ['cierre de minas', 'mine closure'], ['materias primas críticas', 'critical raw materials'],
  ['transición energética', 'energy transition'], ['hidrógeno verde', 'green hydrogen'], ['energías renovables', 'renewable energy'],
  ['energía', 'energy'], ['residuos', 'waste'], ['residuos plásticos', 'plastic waste'], ['plásticos', 'plastics'],
  ['contaminación', 'pollution'], ['envases', 'packaging'], ['sostenibilidad', 'sustainability'], ['sostenible', 'sustainable'],
  ['adaptación', 'adaptation'], ['agua', 'water'],
  ['unión europea', 'european union'], ['sudeste asiático', 'southeast asia'], ['asia pacífico', 'asia pacific'],
  ['movilidad académica', 'academic mobility'], ['estudiantes', 'students'], ['docentes', 'teachers'], ['profesores', 'professors'],
  ['investigadores', 'researchers'], ['investigación', 'research'], ['universidades', 'universities'],
  ['becarios', 'scholarship holders'], ['pasantías', 'internships'], ['reconocimiento de títulos', 'recognition of degrees'],
  ['formación técnica', 'technical training'], ['idiomas', 'languages'],
  ['voluntariado', 'volunteering'], ['jóvenes', 'young people'], ['jóvenes', 'youth'], ['juvenil', 'youth'],
  ['empleo', 'employment'], ['trabajo', 'work'], ['laboral', 'labour'], ['migración', 'migration'],
  ['movimiento de personas', 'movement of people'], ['gastronomía', 'gastronomy'], ['turistas', 'tourists'],
  ['destinos', 'destinations'], ['industrias creativas', 'creative industries'], ['conectividad', 'connectivity'],
  ['logística', 'logistics'], ['puertos', 'ports'], ['transporte', 'transport'], ['productividad', 'productivity'],
  ['habilidades', 'skills'], ['pequeños productores', 'small farmers'], ['agricultores', 'farmers'], ['agrícola', 'agricultural'],
  ['comunidades', 'communities'], ['pueblos indígenas', 'indigenous peoples'], ['presidentes', 'presidents'],
  ['ministros', 'ministers'], ['cancilleres', 'foreign ministers'], ['grupo de alto nivel', 'high-level group'],
  ['relaciones exteriores', 'foreign affairs'], ['comunicado conjunto', 'joint press release'],
  ['comunicado conjunto', 'joint statement'], ['diálogo político', 'political dialogue'], ['diálogo', 'dialogue'],
  ['fondo de cooperación', 'cooperation fund'],
];

/** The built-in glossary (a fresh copy each call, so callers may edit it). */
export function builtInGlossary(): GlossaryEntry[] {
  return PAIRS.map(([es, en]) => ({ es, en }));
}

/**
 * Keys already computed: every expansion compares the typed words with every side of the glossary
 * (hundreds of entries), which analysed afresh cost milliseconds per search. Bounded, since typed
 * words pass through here too.
 */
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 20_000;

/** Analysed key of a glossary side or term: its stems joined by spaces ("cambio climatico"). */
export function glossaryKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    key = analyze(text).join(' ');
    keyCache.set(text, key);
  }
  return key;
}

/** All translations of `term` (word or phrase) in `glossary`, in either direction, without duplicates. */
export function translationsOf(term: string, glossary: readonly GlossaryEntry[]): string[] {
  const key = glossaryKey(term);
  if (key === '') return [];
  const out = new Map<string, string>();
  for (const entry of glossary) {
    if (glossaryKey(entry.es) === key) out.set(glossaryKey(entry.en), entry.en);
    if (glossaryKey(entry.en) === key) out.set(glossaryKey(entry.es), entry.es);
  }
  out.delete(key);
  return [...out.values()];
}

/**
 * Expands each term with its translations: result[i] = [terms[i], ...translations of terms[i]].
 * Multi-word translations are returned as one string; the engine searches them as phrases.
 */
export function expandTerms(terms: readonly string[], glossary: readonly GlossaryEntry[]): string[][] {
  return terms.map((term) => [term, ...translationsOf(term, glossary)]);
}
