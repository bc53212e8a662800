/** The Electron suite uses the same lookup as `npm start` (scripts/electron-binary.mjs). */
import { findElectronBinary as findIn, type ElectronBinary } from '../../scripts/electron-binary.mjs';

export type { ElectronBinary };

export function findElectronBinary(root: string = process.cwd()): ElectronBinary {
  return findIn(root);
}
