import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { ValidationError } from '@gemeente-crm/api-kernel';

/** Owners are staff known from their logins (table `app_user`); relations show their names. */
@Injectable()
export class OwnerDirectory {
  constructor(private readonly db: DatabaseContext) {}

  async namesOf(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (!wanted.length) return new Map();
    const rows: { id: string; display_name: string }[] = await this.db.manager.query(
      'SELECT id, display_name FROM app_user WHERE id = ANY($1)',
      [wanted],
    );
    return new Map(rows.map((row) => [row.id, row.display_name]));
  }

  async assertKnown(id: string | null | undefined): Promise<void> {
    if (!id) return;
    const rows = await this.db.manager.query('SELECT 1 FROM app_user WHERE id = $1', [id]);
    if (!rows.length) {
      throw new ValidationError([{ field: 'ownerId', code: 'owner.unknown', message: 'Deze eigenaar is niet bekend als medewerker.' }]);
    }
  }
}
