/** The main process's log file (`userData/logs/main.log`): crashes and hangs, kept small. */
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** Past this size the log is moved to `main.log.old` (one generation kept). */
export const MAX_LOG_BYTES = 1 << 20;

/** A logger appending lines to `file`; it never throws (logging must not take the app down). */
export function createFileLog(file: string): (line: string) => void {
  return (line) => {
    console.error(line);
    try {
      mkdirSync(dirname(file), { recursive: true });
      let size = 0;
      try {
        size = statSync(file).size;
      } catch {
        size = 0;
      }
      if (size > MAX_LOG_BYTES) renameSync(file, `${file}.old`);
      appendFileSync(file, `${line}\n`);
    } catch {
      // Disk full or read-only profile: the console line above is all there is.
    }
  };
}
