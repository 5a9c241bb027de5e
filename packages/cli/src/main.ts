import { Command, CommanderError } from 'commander';
import { registerParseCommand } from './commands/parse-command';
import { registerExportCommand } from './commands/export-command';
import { registerServeCommand } from './commands/serve-command';
import { registerReviewCommand } from './commands/review-command';
import { registerImportCommand } from './commands/import-command';
import { registerProjectsCommand } from './commands/projects-command';
import { registerDisclosureCommand } from './commands/disclosure-command';
import { registerLibraryCommand } from './commands/library-command';
import { registerScoreCommand } from './commands/score-command';
import { registerAuditCommand } from './commands/audit-command';
import { registerBackupCommand } from './commands/backup-command';
import { registerSelfEvalCommand } from './commands/self-eval-command';
import { registerGenCommand } from './commands/gen-command';
import { registerMonitoringCommand } from './commands/monitoring-command';

/** Builds the `jixiao` command line; every command calls the same use cases as the web API. */
export function createProgram(): Command {
  const program = new Command('jixiao')
    .description('Jixiao 绩效：预算绩效目标的导入、审核、监控、自评与公开')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerParseCommand(program);
  registerExportCommand(program);
  registerServeCommand(program);
  registerReviewCommand(program);
  registerImportCommand(program);
  registerProjectsCommand(program);
  registerDisclosureCommand(program);
  registerLibraryCommand(program);
  registerScoreCommand(program);
  registerAuditCommand(program);
  registerBackupCommand(program);
  registerSelfEvalCommand(program);
  registerGenCommand(program);
  registerMonitoringCommand(program);
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    process.stderr.write(`错误：${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
