/**
 * The name tables behind the metadata guess (`metadata.ts`): stop-word profiles for the
 * language, and the countries and organisations recognised, as folded regex sources of the
 * finite subset `pattern-expand.ts` accepts.
 */

/** Function words per language, folded. */
export const STOP_WORDS: Record<'es' | 'en' | 'pt' | 'fr' | 'it' | 'de', string> = {
  es: 'el los las del de en y que por con para una un se al es su sus como mas fue este esta entre sobre tambien ha han lo le',
  en: 'the of and to in is for on with that by was as at from this are which be has have an it their were will',
  pt: 'o os da do das dos e em para com uma um que nao mais foi ao pelo pela sao tambem',
  fr: 'le les des et du est une un dans pour pas sur au avec ce qui sont ont aux cette',
  it: 'il gli della delle e che per con una un sono nel alla dei degli questo anche',
  de: 'der die das und ist mit den von zu auf fur nicht ein eine dem des sich auch',
};

/** Spanish adjective endings: chileno, chilena, chilenos, chilenas. */
const ADJ = '(?:o|a|os|as)';
/** Canonical English name → folded patterns (regex sources, word-bounded when matched). */
export const COUNTRIES: [string, string][] = [
  ['Chile', `chile|chileans?|chilen${ADJ}`],
  ['Colombia', `colombia|colombians?|colombian${ADJ}`],
  ['Mexico', `mexico|mejico|mexicans?|mexican${ADJ}`],
  ['Peru', `peru|peruvians?|peruan${ADJ}`],
  ['Argentina', `argentina|argentine|argentinians?|argentin${ADJ}`],
  ['Ecuador', `ecuador|ecuadorians?|ecuatorian${ADJ}`],
  ['Costa Rica', 'costa rica|costa ricans?|costarricenses?'],
  ['Panama', `panama|panamanians?|panamen${ADJ}`],
  ['Uruguay', `uruguay|uruguayans?|uruguay${ADJ}`],
  ['Paraguay', `paraguay|paraguayans?|paraguay${ADJ}`],
  ['Bolivia', `bolivia|bolivians?|bolivian${ADJ}`],
  ['Brazil', `brazil|brasil|brazilians?|brasilen${ADJ}|brasiler${ADJ}`],
  ['Guatemala', `guatemala|guatemalans?|guatemaltec${ADJ}`],
  ['Honduras', `honduras|hondurans?|honduren${ADJ}`],
  ['Dominican Republic', 'dominican republic|republica dominicana'],
  ['El Salvador', `el salvador|salvadorans?|salvadoren${ADJ}`],
  ['Venezuela', `venezuela|venezuelans?|venezolan${ADJ}`],
  ['Cuba', 'cuba|cubans?'],
  ['Canada', 'canada|canadians?|canadienses?'],
  ['United States', 'united states(?: of america)?|estados unidos|ee\\.? ?uu\\.?|u\\.s\\.a?\\.?|usa|estadounidenses?'],
  ['Spain', 'spain|espana'],
  ['Portugal', 'portugal'],
  ['Japan', `japan|japon|japanese|japones(?:a|es|as)?`],
  ['South Korea', `(?:south |republic of )?korea|(?:republica de )?corea(?: del sur)?|south koreans?|koreans?|corean${ADJ}`],
  ['China', `china|chinese|chin${ADJ}`],
  ['Australia', `australia|australians?|australian${ADJ}`],
  ['New Zealand', 'new zealand|nueva zelanda|nueva zelandia'],
  ['Singapore', 'singapore|singapur'],
  ['India', 'india'],
  ['Indonesia', `indonesia|indonesians?|indonesi${ADJ}`],
  ['Thailand', 'thailand|tailandia'],
  ['Philippines', 'philippines|filipinas'],
  ['Vietnam', 'viet ?nam'],
  ['Timor-Leste', 'timor[- ]leste|east timor|timor oriental'],
  ['Germany', 'germany|alemania'],
  ['France', 'france|francia'],
  ['Italy', 'italy|italia'],
  ['United Kingdom', 'united kingdom|reino unido|great britain|gran bretana|uk'],
  ['Netherlands', 'netherlands|paises bajos|holland|holanda'],
  ['Switzerland', 'switzerland|suiza'],
  ['Turkey', 'turkey|turkiye|turquia'],
  ['Israel', 'israel'],
  ['Morocco', 'morocco|marruecos'],
  ['Ukraine', 'ukraine|ucrania'],
  ['Trinidad and Tobago', 'trinidad (?:and|y) tobago'],
];

/** Canonical acronym → [acronyms that must appear in capitals, folded full names]. */
export const ORGANISATIONS: [string, string, string][] = [
  ['IDB', 'IDB|BID|IADB', 'inter-?american development bank|banco interamericano de desarrollo'],
  ['OECD', 'OECD|OCDE', 'organi[sz]ation for economic co-?operation and development|organizacion para la cooperacion y (?:el )?desarrollo economicos?'],
  ['ECLAC', 'ECLAC|CEPAL', 'economic commission for latin america(?: and the caribbean)?|comision economica para america latina(?: y el caribe)?'],
  ['ASEAN', 'ASEAN|ANSEA', 'association of south ?east asian nations|asociacion de (?:las )?naciones del sudeste asiatico'],
  ['MERCOSUR', 'MERCOSUR|MERCOSUL|Mercosur|Mercosul', 'mercado comun del sur|southern common market'],
  ['CEAP', 'CEAP', '(?:pa|pacific alliance) business council|consejo empresarial de la alianza del pacifico'],
  ['IMARPE', 'IMARPE', 'instituto del mar del peru'],
  ['IFOP', 'IFOP', 'instituto de fomento pesquero'],
  ['INIDEP', 'INIDEP', 'instituto (?:nacional )?de investigacion y desarrollo pesquero'],
  ['CAF', 'CAF', 'development bank of latin america|banco de desarrollo de america latina|corporacion andina de fomento'],
  ['APEC', 'APEC', 'asia-? ?pacific economic cooperation|foro de cooperacion economica asia-? ?pacifico'],
  ['WTO', 'WTO|OMC', 'world trade organi[sz]ation|organizacion mundial del comercio'],
  ['FAO', 'FAO', 'food and agriculture organi[sz]ation|organizacion de las naciones unidas para la alimentacion y la agricultura'],
  ['ILO', 'ILO|OIT', 'international labou?r organi[sz]ation|organizacion internacional del trabajo'],
  ['UNDP', 'UNDP|PNUD', 'united nations development programme|programa de las naciones unidas para el desarrollo'],
  ['UN', 'UN|ONU', 'united nations|naciones unidas|organizacion de las naciones unidas'],
  ['EU', 'EU|UE', 'european union|union europea'],
  ['IMF', 'IMF|FMI', 'international monetary fund|fondo monetario internacional'],
  ['World Bank', 'WB', 'world bank|banco mundial'],
  ['OAS', 'OAS|OEA', 'organi[sz]ation of american states|organizacion de (?:los )?estados americanos'],
  ['UNESCO', 'UNESCO', 'united nations educational, scientific and cultural organi[sz]ation'],
  ['WHO', 'WHO|OMS', 'world health organi[sz]ation|organizacion mundial de la salud'],
  ['PAHO', 'PAHO|OPS', 'pan american health organi[sz]ation|organizacion panamericana de la salud'],
  ['UNCTAD', 'UNCTAD', 'united nations conference on trade and development'],
  ['PROCOLOMBIA', 'ProColombia|PROCOLOMBIA', 'procolombia'],
  ['PROMPERU', 'PROMPERÚ|PROMPERU|PromPerú|PromPeru', 'promperu'],
];
