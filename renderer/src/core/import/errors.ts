/** The one error type importers throw for bad input; `message` is ready to show to the user. */
export class ImportFileError extends Error {
  readonly fileName: string;
  readonly reason: string;

  constructor(fileName: string, reason: string) {
    super(`${fileName}: ${reason}`);
    this.name = 'ImportFileError';
    this.fileName = fileName;
    this.reason = reason;
  }
}
