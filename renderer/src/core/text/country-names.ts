/**
 * Country names in the UI language. Bulletins store countries by their canonical English name
 * ("Peru", see `import/metadata-names.ts`); the UI shows them as the locale writes them ("Perú"),
 * taken from the runtime's CLDR data through `Intl.DisplayNames`, so no name list is kept here.
 */

/** Canonical English name → ISO 3166-1 alpha-2 code, for every country the importer recognises. */
const ISO_CODES: Readonly<Record<string, string>> = {
  Chile: 'CL', Colombia: 'CO', Mexico: 'MX', Peru: 'PE', Argentina: 'AR', Ecuador: 'EC', 'Costa Rica': 'CR',
  Panama: 'PA', Uruguay: 'UY', Paraguay: 'PY', Bolivia: 'BO', Brazil: 'BR', Guatemala: 'GT', Honduras: 'HN',
  'Dominican Republic': 'DO', 'El Salvador': 'SV', Venezuela: 'VE', Cuba: 'CU', Canada: 'CA', 'United States': 'US',
  Spain: 'ES', Portugal: 'PT', Japan: 'JP', 'South Korea': 'KR', China: 'CN', Australia: 'AU', 'New Zealand': 'NZ',
  Singapore: 'SG', India: 'IN', Indonesia: 'ID', Thailand: 'TH', Philippines: 'PH', Vietnam: 'VN', 'Timor-Leste': 'TL',
  Germany: 'DE', France: 'FR', Italy: 'IT', 'United Kingdom': 'GB', Netherlands: 'NL', Switzerland: 'CH', Turkey: 'TR',
  Israel: 'IL', Morocco: 'MA', Ukraine: 'UA', 'Trinidad and Tobago': 'TT',
};

const displayNames = new Map<string, Intl.DisplayNames | null>();

function namesFor(language: string): Intl.DisplayNames | null {
  let names = displayNames.get(language);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([language, 'en'], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNames.set(language, names);
  }
  return names;
}

/**
 * `country` (a canonical English name) as written in `language` (a UI locale: "es" → "Perú").
 * An unknown name, or a runtime without region names, gives the name back unchanged.
 */
export function countryDisplayName(country: string, language: string): string {
  if (language.toLowerCase().startsWith('en')) return country;
  const code = ISO_CODES[country];
  if (!code) return country;
  return namesFor(language)?.of(code) ?? country;
}
