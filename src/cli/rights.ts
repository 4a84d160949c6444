// `warden rights export|erase` and `warden report transparency|statements`: data rights and
// transparency from the command line, on this configuration's database (no server needed).
import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { WardenError } from '../app/errors.ts';
import { type ConfigLoader, withDatabase } from './database.ts';
import { CliUsageError } from './errors.ts';

function cliActor() {
  let who = 'unknown';
  try {
    who = userInfo().username;
  } catch {}
  return { kind: 'cli', id: who, name: `warden CLI (${who})` };
}

/** Writes to `file`, or stdout when none (or "-"). */
function output(text: string, file: string | undefined): void {
  if (file && file !== '-') {
    writeFileSync(file, text);
    process.stderr.write(`written: ${file}\n`);
  } else process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** The CLI's period, with the same rules as the API's (a 400 there is a usage error here). */
async function period(o: { from: string; to: string }, command: string) {
  const { parsePeriod } = await import('../transparency/routes.ts');
  try {
    return parsePeriod(o);
  } catch (err) {
    if (err instanceof WardenError)
      throw new CliUsageError(`${command}: --${err.invalidParams?.[0]?.pointer ?? 'from'} ${err.invalidParams?.[0]?.reason ?? err.message}`);
    throw err;
  }
}

export function registerRightsCommands(program: Command, loadConfig: ConfigLoader): void {
  const rights = program.command('rights').description("Data rights: export or erase an account's data");
  rights
    .command('export <account>')
    .description('Everything Warden holds about the account, as one JSON archive (the request is recorded)')
    .option('-o, --out <file>', 'write the archive here instead of stdout')
    .action(async (account: string, o: { out?: string }) => {
      const { RightsService } = await import('../rights/service.ts');
      const { loadRetentionConfig } = await import('../rights/config.ts');
      await withDatabase(loadConfig, async (db) => {
        const archive = await new RightsService(loadRetentionConfig()).exportAccount(db, account, cliActor());
        output(JSON.stringify(archive, null, 2), o.out);
      });
    });
  rights
    .command('erase <account>')
    .description("Erase or pseudonymise the account's personal data, keeping counts and the record the law requires (audited, idempotent)")
    .requiredOption('--reason <text>', "the data subject's request, or its reference")
    .action(async (account: string, o: { reason: string }) => {
      if (!o.reason.trim()) throw new CliUsageError('rights erase: --reason must say whose request this is');
      const { RightsService } = await import('../rights/service.ts');
      const { loadRetentionConfig } = await import('../rights/config.ts');
      await withDatabase(loadConfig, async (db) => {
        const r = await new RightsService(loadRetentionConfig()).eraseAccount(db, account, cliActor(), o.reason.trim());
        output(JSON.stringify(r, null, 2), undefined);
      });
    });
  rights
    .command('sweep')
    .description('Run the retention sweep once now (the worker runs it every WARDEN_RETENTION_SWEEP_MINUTES)')
    .action(async () => {
      const { RightsService } = await import('../rights/service.ts');
      const { loadRetentionConfig } = await import('../rights/config.ts');
      await withDatabase(loadConfig, async (db) => output(JSON.stringify(await new RightsService(loadRetentionConfig()).sweep(db), null, 2), undefined));
    });

  const report = program.command('report').description('Reports for publication');
  report
    .command('transparency')
    .description('Transparency report for a period: actions by policy, kind and source, appeals, overturn rates, median times, by language and country')
    .requiredOption('--from <date>', 'start (YYYY-MM-DD or ISO 8601), inclusive')
    .requiredOption('--to <date>', 'end (YYYY-MM-DD or ISO 8601), exclusive')
    .option('--format <format>', 'markdown or json', 'markdown')
    .option('-o, --out <file>', 'write here instead of stdout')
    .action(async (o: { from: string; to: string; format: string; out?: string }) => {
      if (o.format !== 'markdown' && o.format !== 'json') throw new CliUsageError(`report transparency: --format is markdown or json (got "${o.format}")`);
      const { from, to } = await period(o, 'report transparency');
      const { transparencyReport, transparencyMarkdown } = await import('../transparency/report.ts');
      await withDatabase(loadConfig, async (db) => {
        const r = await transparencyReport(db, from, to);
        output(o.format === 'json' ? JSON.stringify(r, null, 2) : transparencyMarkdown(r), o.out);
      });
    });
  report
    .command('statements')
    .description('DSA statements of reasons for the restrictions decided in a period, as JSON lines (EU DSA Transparency Database shape)')
    .requiredOption('--from <date>', 'start (YYYY-MM-DD or ISO 8601), inclusive')
    .requiredOption('--to <date>', 'end (YYYY-MM-DD or ISO 8601), exclusive')
    .option('-o, --out <file>', 'write here instead of stdout')
    .action(async (o: { from: string; to: string; out?: string }) => {
      const { from, to } = await period(o, 'report statements');
      const { statementsOfReasons, loadStatementsConfig } = await import('../transparency/statements.ts');
      await withDatabase(loadConfig, async (db) => {
        const rows = await statementsOfReasons(db, from, to, loadStatementsConfig());
        output(rows.map((r) => JSON.stringify(r)).join('\n'), o.out);
      });
    });
}
