// The `warden` command: one entry point for the server and the operator's chores.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { ConfigError, loadConfig } from '../app/config.ts';
import { WardenError } from '../app/errors.ts';
import { DataDirInUseError } from '../store/db.ts';
import { registerCommands } from './commands.ts';
import { CliUsageError } from './errors.ts';

function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

export async function main(argv: string[]): Promise<void> {
  const program = new Command('warden')
    .description('Warden: trust & safety for online work marketplaces')
    .version(packageVersion(), '-V, --version')
    // `warden --version` is the program's; `warden backtest --version 2` is the sub-command's.
    .enablePositionalOptions()
    // One line naming what is wrong (commander's message names the option), not the whole help.
    .configureOutput({ outputError: (text, write) => write(`warden: ${text.replace(/^error: /, '')}`) })
    .exitOverride();
  registerCommands(program, () => loadConfig());
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    // Commander answers 1 for every mistake it finds (unknown option, missing or invalid
    // argument); Warden's usage errors exit 2, help and --version 0.
    if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 2);
    // A value the service refuses (ValidationFailed) came from the command line: a usage error too.
    const usage = err instanceof WardenError && err.code === 'ValidationFailed';
    if (usage || err instanceof ConfigError || err instanceof DataDirInUseError || err instanceof CliUsageError) {
      process.stderr.write(`warden: ${err.message}\n`);
      process.exit(2);
    }
    if (err instanceof WardenError) {
      process.stderr.write(`warden: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}
