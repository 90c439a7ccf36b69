/** Starts (or resumes) the background run of an import; joins the caller's transaction. */
export abstract class ImportRunScheduler {
  abstract schedule(importId: string): Promise<void>;
}
