/** What a quote needs to know about its lead and the relation it is for. */
export interface QuoteLeadFacts {
  leadId: string;
  leadTitle: string;
  relationName: string | null;
  /** Address lines of the relation (street and number, postcode and city), as printed. */
  relationAddress: string[];
  contactPersonName: string | null;
  accountManagerName: string | null;
}

/** Reads leads for the quotes; implemented over the leads domain's storage. */
export abstract class QuoteLeads {
  /** Null when the lead does not exist. */
  abstract find(leadId: string): Promise<QuoteLeadFacts | null>;
}
