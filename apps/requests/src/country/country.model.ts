/** A beneficiary as other services refer to it: its code. Everything else comes from the domain. */
export interface CountryModel {
  code: string;
}
