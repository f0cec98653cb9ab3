/**
 * What the demo portfolio reproduces. 2009-2019: the 2021 factsheet (109 Actions, 500+ activities,
 * 10,000+ participants (the generation yields 598 and 12,466), 19 migration policies supported, 340 experts deployed of which 176 public
 * officials from 22 EU Member States). 2020 to March 2024: MIEUX+ up to its close with 188 requests,
 * 138 Actions and 465 experts (ICMPD's closing figures).
 */
export const FACTSHEET = {
  from: '2009-01-01',
  to: '2019-12-31',
  actions: 109,
  policiesSupported: 19,
  expertsDeployed: 340,
  publicOfficialsFromMemberStates: 176,
  memberStatesRepresented: 22,
} as const;

export const CLOSING = {
  requests: 188,
  actions: 138,
  expertsDeployed: 465,
} as const;

/** The 2009-2019 roster of deployed experts by employer, adding up to FACTSHEET.expertsDeployed. */
export const HISTORIC_EXPERTS_BY_EMPLOYER = {
  EU_MEMBER_STATE_ADMINISTRATION: FACTSHEET.publicOfficialsFromMemberStates,
  PARTNER_COUNTRY_ADMINISTRATION: 60,
  ACADEMIA: 40,
  PRIVATE_SECTOR: 24,
  INTERNATIONAL_ORGANISATION: 25,
  CIVIL_SOCIETY: 15,
} as const;

/** Experts first deployed under MIEUX+, adding up to CLOSING.expertsDeployed with the historic ones. */
export const MIEUX_PLUS_EXPERTS_BY_EMPLOYER = {
  EU_MEMBER_STATE_ADMINISTRATION: 60,
  PARTNER_COUNTRY_ADMINISTRATION: 30,
  ACADEMIA: 15,
  PRIVATE_SECTOR: 5,
  INTERNATIONAL_ORGANISATION: 10,
  CIVIL_SOCIETY: 5,
} as const;

/** Roster members never deployed: applicants, inactive and active experts waiting for a match. */
export const UNDEPLOYED_ROSTER = { APPLIED: 30, INACTIVE: 20, ACTIVE: 15 } as const;

/** Requests that did not become Actions, by status (188 - 138 = 50). */
export const OTHER_REQUESTS = {
  EXPRESSION_OF_INTEREST: 6,
  SUBMITTED: 5,
  ELIGIBLE: 4,
  INELIGIBLE: 8,
  ACTION_FICHE_DRAFTED: 5,
  REJECTED: 8,
  WITHDRAWN: 14,
} as const;
