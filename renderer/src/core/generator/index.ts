/** Synthetic bilingual corpus for tests and benchmarks. */
export { generateBulletins, generateOne, generateTagged, generatedFileName, MAX_WORDS, MIN_WORDS, type GeneratedBulletin } from './generate';
export { backupHeader, generatedTagId, makeTags, toExportJson, toMultiBulletinText, toStoredBulletin } from './export';
export { formatDateline } from './compose';
export { mulberry32, mixSeed, type Random } from './prng';
