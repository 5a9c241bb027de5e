import type { Command } from 'commander';
import { verifyAuditChain } from '@jixiao/storage';
import { withDatabase } from '../with-database';

/** `jixiao audit verify`: walks the audit hash chain; exit 1 with the first broken seq. */
export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('审计日志');
  audit
    .command('verify')
    .description('校验审计日志的哈希链')
    .action(async () => {
      await withDatabase(async ({ db }) => {
        const brokenAt = await verifyAuditChain(db);
        const { n } = await db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        if (brokenAt === null) {
          process.stdout.write(`审计日志完整（${Number(n)} 条）\n`);
          process.exitCode = 0;
          return;
        }
        process.stderr.write(`审计日志不完整：哈希链自第 ${brokenAt} 条起断裂（共 ${Number(n)} 条）\n`);
        process.exitCode = 1;
      });
    });
}
