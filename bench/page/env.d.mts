// Browser-only APIs the bench page uses that TypeScript's DOM lib does not declare.
export {};

interface MeasureMemoryBreakdown {
  bytes: number;
  attribution: Array<{ scope: string; url?: string }>;
  types: string[];
}

declare global {
  interface Performance {
    /** Chromium only, with --enable-precise-memory-info for exact numbers. */
    readonly memory?: { usedJSHeapSize: number; totalJSHeapSize: number; jsHeapSizeLimit: number };
    /** Cross-origin-isolated pages only; counts workers too. */
    measureUserAgentSpecificMemory?(): Promise<{ bytes: number; breakdown: MeasureMemoryBreakdown[] }>;
  }

  interface Window {
    /** Present with --js-flags=--expose-gc. */
    gc?: () => void;
    /**
     * Set by the bench runner (Node): notes the machine's CPU counters under `label`, so the runner
     * can say how busy all cores were between two marks. Absent where the runner cannot read them.
     */
    benchCpuMark?: (label: string) => Promise<void>;
  }
}
