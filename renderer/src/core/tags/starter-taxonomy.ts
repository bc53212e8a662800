/**
 * The starter taxonomy offered on first run: Pacific Alliance member countries, bodies, technical
 * groups and partners, each with a rule query (search query language) that tags matching bulletins.
 * Queries are OR-lists of words/phrases in English and Spanish; "a OR b c" would mean (a or b) and c,
 * so no rule mixes OR with a bare AND word. Hyphenated phrases are avoided too: "e-commerce" would
 * lose its one-letter part and match "Ministry of Commerce". Generic words that appear in ministry names
 * ("Ministry of Foreign Trade and Tourism") are avoided in favour of phrases.
 */

export interface StarterTag {
  name: string;
  color: string;
  /** Rule query; null for a pure grouping tag. */
  rule: string | null;
  children?: StarterTag[];
}

const countries: StarterTag = {
  name: 'Member countries',
  color: '#2ca02c',
  rule: null,
  children: [
    { name: 'Chile', color: '#d62728', rule: 'country:chile' },
    { name: 'Colombia', color: '#e6b800', rule: 'country:colombia' },
    { name: 'Mexico', color: '#2ca02c', rule: 'country:mexico' },
    { name: 'Peru', color: '#b22222', rule: 'country:peru' },
  ],
};

const bodies: StarterTag = {
  name: 'PA bodies',
  color: '#1f77b4',
  rule: null,
  children: [
    { name: 'Council of Ministers', color: '#1f77b4', rule: '"council of ministers" OR "consejo de ministros"' },
    {
      name: 'High-Level Group',
      color: '#17becf',
      rule: '"high-level group" OR "high level group" OR "grupo de alto nivel" OR GAN',
    },
    { name: 'National Coordinators', color: '#4a6fa5', rule: '"national coordinators" OR "coordinadores nacionales"' },
    {
      name: 'Presidency Pro Tempore',
      color: '#6baed6',
      rule: '"pro tempore" OR "presidencia pro tempore" OR PPT',
    },
    {
      name: 'Business Council (CEAP)',
      color: '#08519c',
      rule: 'CEAP OR "business council" OR "consejo empresarial"',
    },
  ],
};

const groups: StarterTag = {
  name: 'Technical groups',
  color: '#9467bd',
  rule: null,
  children: [
    {
      name: 'Fisheries and Aquaculture',
      color: '#1f9bb4',
      rule: 'fisheries OR aquaculture OR fishery OR pesca OR acuicultura OR pesquero OR pesquera',
    },
    {
      name: 'SMEs and Entrepreneurship',
      color: '#ff7f0e',
      rule: 'SME OR SMEs OR MSMEs OR pyme OR pymes OR mipymes OR entrepreneurship OR emprendimiento OR emprendedores',
    },
    {
      name: 'Digital Economy',
      color: '#7f7fff',
      rule:
        '"digital economy" OR "economía digital" OR "digital security" OR "seguridad digital" OR cybersecurity OR ciberseguridad OR "digital agenda" OR "agenda digital" OR "electronic commerce" OR "comercio electrónico"',
    },
    {
      name: 'Cooperation',
      color: '#8c564b',
      rule: '"cooperation fund" OR "fondo de cooperación" OR "technical cooperation" OR "cooperación técnica" OR "cooperation project" OR "proyecto de cooperación"',
    },
    {
      name: 'Gender',
      color: '#e377c2',
      rule: 'gender OR género OR "women\'s economic empowerment" OR "empoderamiento económico de las mujeres"',
    },
    {
      name: 'Environment and Green Growth',
      color: '#3a9d23',
      rule:
        '"green growth" OR "crecimiento verde" OR "climate change" OR "cambio climático" OR "medio ambiente" OR environmental OR "plastic pollution" OR biodiversity OR biodiversidad',
    },
    {
      name: 'Labour',
      color: '#a05d2c',
      rule: 'labour OR laboral OR occupational OR employment OR empleo OR "job fair" OR "feria laboral" OR "mental well-being at work"',
    },
    {
      name: 'Education',
      color: '#bcbd22',
      rule: 'scholarship OR scholarships OR becas OR "student mobility" OR "academic mobility" OR "movilidad estudiantil" OR "movilidad académica" OR "technical group on education" OR "grupo técnico de educación"',
    },
    {
      name: 'Tourism',
      color: '#17a589',
      rule: '"sustainable tourism" OR "turismo sostenible" OR "tourism promotion" OR "promoción turística" OR tourists OR turistas OR "technical group on tourism" OR "grupo técnico de turismo"',
    },
    {
      name: 'Trade and Customs',
      color: '#7f7f7f',
      rule: 'customs OR aduanas OR aduanero OR "trade facilitation" OR "facilitación del comercio" OR "single window" OR "ventanilla única" OR "rules of origin" OR "reglas de origen"',
    },
    { name: 'Youth', color: '#ff9896', rule: 'youth OR juventud OR jóvenes OR "young people"' },
    {
      name: 'Innovation',
      color: '#c5b0d5',
      rule: 'innovation OR innovación OR startups OR "artificial intelligence" OR "inteligencia artificial"',
    },
  ],
};

const partners: StarterTag = {
  name: 'Partners',
  color: '#ff7f0e',
  rule: null,
  children: [
    { name: 'ASEAN', color: '#c49c94', rule: 'asean OR ansea' },
    { name: 'MERCOSUR', color: '#98df8a', rule: 'mercosur OR mercosul' },
    { name: 'IDB', color: '#aec7e8', rule: 'org:IDB' },
    { name: 'OECD', color: '#ffbb78', rule: 'org:OECD' },
    { name: 'ECLAC', color: '#dbdb8d', rule: 'org:ECLAC' },
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
