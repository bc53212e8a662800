/**
 * The starter taxonomy offered on first run: Pacific Alliance member countries, bodies, technical
 * groups and partners, each with a rule query (search query language) that tags matching bulletins.
 * Queries are OR-lists of words/phrases in English and Spanish; "a OR b c" would mean (a or b) and c,
 * so no rule mixes OR with a bare AND word. Hyphenated phrases are avoided too: "e-commerce" would
 * lose its one-letter part and match "Ministry of Commerce". Generic words that appear in ministry names
 * ("Ministry of Foreign Trade and Tourism") are avoided in favour of phrases.
 */

export interface StarterTag {
  /** English name (the tag's `name`). */
  name: string;
  /** Spanish name, shown when the UI is in Spanish. */
  es: string;
  color: string;
  /** Rule query; null for a pure grouping tag. */
  rule: string | null;
  children?: StarterTag[];
}

const countries: StarterTag = {
  name: 'Member countries', es: 'Países miembros',
  color: '#2ca02c',
  rule: null,
  children: [
    { name: 'Chile', es: 'Chile', color: '#d62728', rule: 'country:chile' },
    { name: 'Colombia', es: 'Colombia', color: '#e6b800', rule: 'country:colombia' },
    { name: 'Mexico', es: 'México', color: '#2ca02c', rule: 'country:mexico' },
    { name: 'Peru', es: 'Perú', color: '#b22222', rule: 'country:peru' },
  ],
};

const bodies: StarterTag = {
  name: 'PA bodies', es: 'Órganos de la AP',
  color: '#1f77b4',
  rule: null,
  children: [
    { name: 'Council of Ministers', es: 'Consejo de Ministros', color: '#1f77b4', rule: '"council of ministers" OR "consejo de ministros"' },
    {
      name: 'High-Level Group', es: 'Grupo de Alto Nivel',
      color: '#17becf',
      rule: '"high-level group" OR "high level group" OR "grupo de alto nivel" OR GAN',
    },
    { name: 'National Coordinators', es: 'Coordinadores Nacionales', color: '#4a6fa5', rule: '"national coordinators" OR "coordinadores nacionales"' },
    {
      name: 'Presidency Pro Tempore', es: 'Presidencia Pro Tempore',
      color: '#6baed6',
      rule: '"pro tempore" OR "presidencia pro tempore" OR PPT',
    },
    {
      name: 'Business Council (CEAP)', es: 'Consejo Empresarial (CEAP)',
      color: '#08519c',
      rule: 'CEAP OR "business council" OR "consejo empresarial"',
    },
  ],
};

const groups: StarterTag = {
  name: 'Technical groups', es: 'Grupos técnicos',
  color: '#9467bd',
  rule: null,
  children: [
    {
      name: 'Fisheries and Aquaculture', es: 'Pesca y Acuicultura',
      color: '#1f9bb4',
      rule: 'fisheries OR aquaculture OR fishery OR pesca OR acuicultura OR pesquero OR pesquera',
    },
    {
      name: 'SMEs and Entrepreneurship', es: 'Pymes y Emprendimiento',
      color: '#ff7f0e',
      rule: 'SME OR SMEs OR MSMEs OR pyme OR pymes OR mipymes OR entrepreneurship OR emprendimiento OR emprendedores',
    },
    {
      name: 'Digital Economy', es: 'Economía Digital',
      color: '#7f7fff',
      rule:
        '"digital economy" OR "economía digital" OR "digital security" OR "seguridad digital" OR cybersecurity OR ciberseguridad OR "digital agenda" OR "agenda digital" OR "electronic commerce" OR "comercio electrónico"',
    },
    {
      name: 'Cooperation', es: 'Cooperación',
      color: '#8c564b',
      rule: '"cooperation fund" OR "fondo de cooperación" OR "technical cooperation" OR "cooperación técnica" OR "cooperation project" OR "proyecto de cooperación"',
    },
    {
      name: 'Gender', es: 'Género',
      color: '#e377c2',
      rule: 'gender OR género OR "women\'s economic empowerment" OR "empoderamiento económico de las mujeres"',
    },
    {
      name: 'Environment and Green Growth', es: 'Medio Ambiente y Crecimiento Verde',
      color: '#3a9d23',
      rule:
        '"green growth" OR "crecimiento verde" OR "climate change" OR "cambio climático" OR "medio ambiente" OR environmental OR "plastic pollution" OR biodiversity OR biodiversidad',
    },
    {
      name: 'Labour', es: 'Laboral',
      color: '#a05d2c',
      rule: 'labour OR laboral OR occupational OR employment OR empleo OR "job fair" OR "feria laboral" OR "mental well-being at work"',
    },
    {
      name: 'Education', es: 'Educación',
      color: '#bcbd22',
      rule: 'scholarship OR scholarships OR becas OR "student mobility" OR "academic mobility" OR "movilidad estudiantil" OR "movilidad académica" OR "technical group on education" OR "grupo técnico de educación"',
    },
    {
      name: 'Tourism', es: 'Turismo',
      color: '#17a589',
      rule: '"sustainable tourism" OR "turismo sostenible" OR "tourism promotion" OR "promoción turística" OR tourists OR turistas OR "technical group on tourism" OR "grupo técnico de turismo"',
    },
    {
      name: 'Trade and Customs', es: 'Comercio y Aduanas',
      color: '#7f7f7f',
      rule: 'customs OR aduanas OR aduanero OR "trade facilitation" OR "facilitación del comercio" OR "single window" OR "ventanilla única" OR "rules of origin" OR "reglas de origen"',
    },
    { name: 'Youth', es: 'Juventud', color: '#ff9896', rule: 'youth OR juventud OR jóvenes OR "young people"' },
    {
      name: 'Innovation', es: 'Innovación',
      color: '#c5b0d5',
      rule: 'innovation OR innovación OR startups OR "artificial intelligence" OR "inteligencia artificial"',
    },
  ],
};

const partners: StarterTag = {
  name: 'Partners', es: 'Socios',
  color: '#ff7f0e',
  rule: null,
  children: [
    { name: 'ASEAN', es: 'ASEAN', color: '#c49c94', rule: 'asean OR ansea' },
    { name: 'MERCOSUR', es: 'MERCOSUR', color: '#98df8a', rule: 'mercosur OR mercosul' },
    { name: 'IDB', es: 'BID', color: '#aec7e8', rule: 'org:IDB' },
    { name: 'OECD', es: 'OCDE', color: '#ffbb78', rule: 'org:OECD' },
    { name: 'ECLAC', es: 'CEPAL', color: '#dbdb8d', rule: 'org:ECLAC' },
  ],
};

/** The starter taxonomy: four groups, each with its tags and rule queries. */
export const STARTER_TAXONOMY: readonly StarterTag[] = [countries, bodies, groups, partners];

/** Every (path, rule) pair of the taxonomy, for installing rules and for tests. */
export function starterRules(taxonomy: readonly StarterTag[] = STARTER_TAXONOMY): Array<{ path: string[]; query: string }> {
  const out: Array<{ path: string[]; query: string }> = [];
  const walk = (tags: readonly StarterTag[], parents: string[]): void => {
    for (const t of tags) {
      const path = [...parents, t.name];
      if (t.rule) out.push({ path, query: t.rule });
      walk(t.children ?? [], path);
    }
  };
  walk(taxonomy, []);
  return out;
}
