/**
 * English lexicon for generated bulletins: function words (the head of the Zipf curve) and
 * content stems expanded with regular inflection into a few thousand word forms.
 */

const words = (s: string): string[] => s.split(/\s+/).filter((w) => w.length > 0);

/** Most frequent first: these take the top Zipf ranks, as in real prose. */
export const EN_FUNCTION_WORDS: readonly string[] = words(`
the of and to in a for on with by as that is was were from this its which at be has been will
their an also are between among through during other more all these both it not or well under
into about such new two four have had they who our within including each those than can would
should must may further towards against over after before while since across per could
`);

const NOUNS = words(`
alliance agreement meeting summit group council minister ministry country region economy market
trade export import investment business company enterprise entrepreneur project programme plan
workshop webinar seminar forum dialogue roadmap strategy policy initiative network institution
agency organization government sector industry service product fishery aquaculture fisherman
community woman youth student scholarship university researcher scientist expert professional
delegation representative ambassador coordinator secretariat presidency declaration communique
report study analysis survey indicator result outcome challenge opportunity priority objective
goal commitment cooperation integration development growth competitiveness productivity innovation
technology platform window customs tariff procedure regulation standard certification tourism
tourist destination culture heritage artist festival exhibition education training course skill
capacity gender equality inclusion diversity migration visa mobility health vaccine pandemic
emergency disaster risk resilience environment climate ocean biodiversity waste plastic forest
water energy mining mineral infrastructure port logistics transport connectivity broadband
internet data privacy cybersecurity signature commerce finance bank capital fund credit
insurance pension tax revenue budget resource partner partnership observer candidate member
negotiation protocol chapter clause annex framework mechanism instance committee subgroup
panel session round agenda topic issue theme lesson experience practice knowledge evidence
information publication guide booklet manual toolkit video campaign award prize competition
contest call application proposal grant contribution donation transfer payment employment job
worker labour union chamber association cooperative farmer producer consumer buyer supplier
chain value price cost demand supply volume figure percentage share rate increase decrease
quarter semester year month week day edition anniversary launch opening closing ceremony
speech statement interview press journalist media website portal newsletter bulletin article
law decree resolution ratification parliament congress senate court justice security crime
border corridor route city province territory municipality mayor governor official staff
team leader director president vice secretary chancellor adviser consultant facilitator
participant attendee speaker panelist moderator host visitor guest delegate volunteer mentor
agriculture food crop harvest seed livestock nutrition hunger poverty income wage household
family child school teacher classroom curriculum degree diploma thesis laboratory library
museum theatre music film book author language translation literature gastronomy cuisine
recipe craft artisan textile fashion design architecture building housing construction road
railway airport flight airline shipping vessel container cargo warehouse freight shipment
hub zone park reserve coast island river valley mountain desert glacier species fish shrimp
salmon tuna mollusc algae coral reef sea emission carbon footprint neutrality transition
hydrogen solar wind battery lithium copper gold silver electricity grid efficiency mobility
vehicle bicycle pedestrian safety accident injury hospital clinic doctor nurse patient disease
treatment medicine drug pharmacy laboratory surveillance outbreak protocol vaccination dose
campus incubator accelerator startup fintech payment wallet blockchain algorithm software
hardware application device robot automation intelligence cloud server network satellite
telecommunication spectrum license permit inspection audit compliance transparency integrity
corruption governance accountability participation citizen voter election candidate campaign
visit tour mission trip journey schedule timetable deadline milestone phase stage step measure
action activity task duty role function position responsibility authority power influence
`);

const VERBS = words(`
promote strengthen support develop organize host attend sign agree approve adopt launch hold
present share discuss review address analyze identify implement execute finance fund coordinate
encourage facilitate foster boost enhance expand increase reduce improve advance achieve complete
welcome highlight emphasize recognize reaffirm commit contribute participate collaborate connect
integrate consolidate establish create design prepare publish announce inform report conclude
open close inaugurate celebrate award select invite register train educate teach learn
exchange negotiate ratify harmonize simplify digitize modernize protect preserve conserve restore
monitor measure evaluate assess survey study research explore discover generate produce export
market sell buy invest attract offer provide deliver serve benefit enable empower include
represent lead chair coordinate accompany welcome thank recall note stress underline explain
mention indicate express propose recommend request consider examine define outline prioritize
schedule plan agree extend renew update upgrade transform accelerate mobilize channel allocate
`);

const ADJECTIVES = words(`
regional national international bilateral multilateral economic commercial financial social
cultural educational environmental sustainable digital technological scientific academic
technical institutional political strategic operational annual biennial virtual hybrid
inclusive equitable competitive productive innovative creative responsible resilient green blue
marine coastal rural urban local global public private joint common shared main important
relevant essential significant successful effective efficient positive concrete specific
current future previous recent first second third final new young small medium large
different diverse major key central additional several various potential relevant active
agricultural industrial commercial legal fiscal monetary medical clinical sanitary cultural
historic traditional modern advanced basic primary secondary higher tertiary professional
vocational rural indigenous ethnic migrant foreign domestic external internal formal informal
fair free open transparent accountable reliable safe secure healthy clean renewable circular
natural human physical mental visual creative artistic musical culinary gastronomic coastal
interregional subregional intersectoral transpacific transatlantic intercultural multicultural
`);

/** Regular English plural / third person: "policy" → "policies", "tax" → "taxes". */
function sForm(w: string): string {
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  return `${w}s`;
}

function pastForm(w: string): string {
  if (w.endsWith('e')) return `${w}d`;
  if (w.endsWith('commit')) return `${w}ted`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ied`;
  return `${w}ed`;
}

function ingForm(w: string): string {
  if (w.endsWith('ee')) return `${w}ing`;
  if (w === 'commit') return 'committing';
  if (w.endsWith('e')) return `${w.slice(0, -1)}ing`;
  return `${w}ing`;
}

function adverb(w: string): string {
  if (w.endsWith('ic')) return `${w}ally`;
  if (w.endsWith('le')) return `${w.slice(0, -1)}y`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ily`;
  return `${w}ly`;
}

/** Every English content word form, deduplicated, in a fixed order. */
export function englishContentWords(): string[] {
  const out = new Set<string>();
  for (const n of NOUNS) {
    out.add(n);
    out.add(sForm(n));
  }
  for (const v of VERBS) {
    out.add(v);
    out.add(sForm(v));
    out.add(pastForm(v));
    out.add(ingForm(v));
  }
  for (const a of ADJECTIVES) {
    out.add(a);
    out.add(adverb(a));
  }
  for (const f of EN_FUNCTION_WORDS) out.delete(f);
  return [...out];
}

/**
 * Rare forms for the far tail of the Zipf curve: prefixed verbs ("reorganized", "cofinanced").
 * They make the vocabulary as wide as real text without crowding the common ranks.
 */
export function englishTailWords(): string[] {
  const common = new Set(englishContentWords());
  const out = new Set<string>();
  for (const v of VERBS) {
    for (const p of ['re', 'co']) {
      out.add(p + v);
      out.add(pastForm(p + v));
    }
  }
  return [...out].filter((w) => !common.has(w));
}
