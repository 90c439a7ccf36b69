import 'reflect-metadata';
import { AuditTrail } from '@gemeente-crm/api-audit';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { openCliRuntime, runCli } from './cli-runtime.js';

/** `npm run audit:verify`: walks the audit trail's hash chain; exits 1 at the first broken link. */
runCli(async () => {
  const runtime = await openCliRuntime();
  try {
    const result = await new AuditTrail(new DatabaseContext(runtime.dataSource)).verify();
    if (result.valid) {
      console.log(`Audit trail intact: ${result.checked} events verified.`);
    } else {
      console.error(`Audit trail BROKEN at event ${result.firstBroken?.id} (${result.firstBroken?.problem}); ${result.checked} events before it are intact.`);
      process.exitCode = 1;
    }
  } finally {
    await runtime.close();
  }
});
