/**
 * Spanish and English stop words (already accent-folded, lower case).
 * Kept short on purpose: words that carry meaning in Pacific Alliance texts
 * ("us" for the United States, "pro" in "pro tempore", numbers) are not here.
 */
const ENGLISH =
  'a about above after again against all also am an and any are as at be been before being below between both but by ' +
  'can could did do does doing down during each few for from further had has have having he her here hers herself him ' +
  'himself his how i if in into is it its itself just me more most my myself no nor not of off on once only or other ' +
  'our ours ourselves out over own same she should so some such than that the their theirs them themselves then there ' +
  'these they this those through to too under until up very was we were what when where which while who whom why will ' +
  'with would you your yours yourself yourselves shall may might must upon within without via per';

const SPANISH =
  'a al algo algunas algunos ante antes aquel aquella aquellas aquellos aqui asi aun cada como con contra cual cuales ' +
  'cuando de del desde donde dos durante e el ella ellas ellos en entre era eran es esa esas ese eso esos esta estaba ' +
  'estan estar estas este esto estos fue fueron ha han hasta hay la las le les lo los mas me mi mientras mis muy nada ni ' +
  'no nos nosotros o os otra otras otro otros para pero poco por porque que quien quienes se sea segun ser si sido sin ' +
  'sobre solo son su sus tambien tan tanto te tiene tienen todo todos tras tu tus un una unas uno unos usted ustedes y ya ' +
  'cuyo cuya cuyos cuyas dicho dicha dichos dichas mediante asimismo';

/** The folded stop-word set used for documents and queries alike. */
export const STOP_WORDS: ReadonlySet<string> = new Set([...ENGLISH.split(' '), ...SPANISH.split(' ')]);

/** True when a folded token is a stop word (or a lone letter, which carries no meaning). */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded) || (folded.length === 1 && !/[0-9]/.test(folded));
}
