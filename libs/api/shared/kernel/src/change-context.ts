import type { Actor } from './actor.js';

/** Who changes something, why, and in which request: everything the audit trail needs. */
export interface ChangeContext {
  actor: Actor;
  /** The reason the user gave; required for archive/delete and sensitive changes. */
  reason?: string;
  requestId?: string;
  /** Client application or channel, e.g. `web`, `api`, `import`. */
  client?: string;
}
