import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { LeadOwnerDirectory } from '@gemeente-crm/leads-core';

/** Owners are the users the CRM has seen log in (table `app_user`, kept by the users module). */
@Injectable()
export class SqlLeadOwnerDirectory extends LeadOwnerDirectory {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async isKnown(id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query('SELECT 1 FROM app_user WHERE id = $1', [id]);
    return rows.length > 0;
  }
}
