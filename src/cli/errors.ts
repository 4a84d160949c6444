// What the operator got wrong on the command line: printed as one line, exit code 2, no stack.
import { accessSync, constants, type Stats, statSync } from 'node:fs';

export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

/** Fails with one line when `file` cannot be read as a file — before any database is opened. */
export function requireReadableFile(command: string, file: string): void {
  let stats: Stats;
  try {
    accessSync(file, constants.R_OK);
    stats = statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliUsageError(`${command}: ${code === 'ENOENT' ? 'no such file' : `cannot read file (${code ?? (err as Error).message})`}: ${file}`);
  }
  if (stats.isDirectory()) throw new CliUsageError(`${command}: ${file} is a directory, not a file`);
}
