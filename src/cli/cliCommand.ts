export interface CliIo {
  stdout(text: string): void;
  /** Warnings that do not stop the command; stdout stays pure JSON. */
  stderr(text: string): void;
  stdin(): Promise<string>;
}

/** A CLI command: parses its own arguments, writes JSON through `io.stdout`, throws CliError on bad input. */
export type CliCommand = (args: string[], io: CliIo) => Promise<void>;

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}
