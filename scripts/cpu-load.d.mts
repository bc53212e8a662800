export interface CpuCounters {
  total: number;
  idle: number;
}
export declare function parseCpuLine(statText: string): CpuCounters | null;
export declare function readCpuCounters(): CpuCounters | null;
export declare function busyBetween(before: CpuCounters | null | undefined, after: CpuCounters | null | undefined): number | null;
export declare function waitForQuiet(options?: { threshold?: number; windowMs?: number; maxMs?: number }): Promise<{ waitedMs: number; busy: number | null }>;
