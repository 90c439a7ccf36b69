import { StaffDirectory } from '../staff/staff-directory.js';

/** Test double of StaffDirectory: the staff members a test names. */
export class InMemoryStaffDirectory extends StaffDirectory {
  readonly names = new Map<string, string>();

  add(id: string, name: string): void {
    this.names.set(id, name);
  }

  async knownIds(ids: readonly string[]): Promise<Set<string>> {
    return new Set(ids.filter((id) => this.names.has(id)));
  }

  async namesOf(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    return new Map(ids.filter((id): id is string => !!id && this.names.has(id)).map((id) => [id, this.names.get(id)!]));
  }
}
