// The `warden` command: one entry point for the server and the operator's chores.
import { Command, CommanderError } from 'commander';
import { ConfigError, loadConfig } from '../app/config.ts';
import { WardenError } from '../app/errors.ts';
import { DataDirInUseError } from '../store/db.ts';
import { registerCommands } from './commands.ts';

export async function main(argv: string[]): Promise<void> {
  const program = new Command('warden').description('Warden: trust & safety for online work marketplaces').showHelpAfterError().exitOverride();
  registerCommands(program, () => loadConfig());
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) process.exit(err.exitCode);
    if (err instanceof ConfigError || err instanceof DataDirInUseError) {
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
