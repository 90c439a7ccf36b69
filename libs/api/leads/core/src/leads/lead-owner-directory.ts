/** The staff a lead can be assigned to: users the CRM knows. */
export abstract class LeadOwnerDirectory {
  abstract isKnown(id: string): Promise<boolean>;
}
