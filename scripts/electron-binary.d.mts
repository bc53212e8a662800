export type ElectronBinary = { path: string } | { reason: string };
export function findElectronBinary(root: string): ElectronBinary;
