import type { Labels } from './labels';

/** The sentence of each eligibility reason, in English and French, filled with the concrete values. */
export const ELIGIBILITY_MESSAGES = {
  REQUEST_DATE_INVALID: (v: { date: string }): Labels => ({
    EN: `The request date "${v.date}" is not a calendar date (YYYY-MM-DD).`,
    FR: `La date de la demande « ${v.date} » n'est pas une date valide (AAAA-MM-JJ).`,
  }),
  COUNTRY_UNKNOWN: (v: { code: string }): Labels => ({
    EN: `"${v.code}" is neither a known country code nor a known regional organisation.`,
    FR: `« ${v.code} » n'est ni un code de pays connu ni une organisation régionale connue.`,
  }),
  COUNTRY_EU_MEMBER_STATE: (v: { name: Labels }): Labels => ({
    EN: `${v.name.EN} is an EU Member State: Member States provide expertise and cannot request it.`,
    FR: `${v.name.FR} est un État membre de l'UE : les États membres fournissent l'expertise et ne peuvent pas la demander.`,
  }),
  COUNTRY_HIGH_INCOME_NON_PARTNER: (v: { name: Labels }): Labels => ({
    EN: `${v.name.EN} is not a partner country of EU cooperation assistance.`,
    FR: `${v.name.FR} n'est pas un pays partenaire de l'aide de coopération de l'UE.`,
  }),
  COUNTRY_PRE_ACCESSION: (v: { name: Labels }): Labels => ({
    EN: `${v.name.EN} is a pre-accession country, supported through the Instrument for Pre-accession Assistance instead.`,
    FR: `${v.name.FR} est un pays en pré-adhésion, soutenu par l'instrument d'aide de préadhésion.`,
  }),
  COUNTRY_NOT_COVERED: (v: { name: Labels; date: string }): Labels => ({
    EN: `${v.name.EN} was not covered by the DCI, the EDF, the ENI, NDICI-Global Europe or the Overseas Association Decision on ${v.date}.`,
    FR: `${v.name.FR} n'était couvert ni par l'ICD, ni par le FED, ni par l'IEV, ni par l'IVCDCI, ni par la décision d'association outre-mer le ${v.date}.`,
  }),
  COUNTRY_ELIGIBLE: (v: { name: Labels; instruments: string }): Labels => ({
    EN: `${v.name.EN} is eligible for EU cooperation assistance (${v.instruments}).`,
    FR: `${v.name.FR} est éligible à l'aide de coopération de l'UE (${v.instruments}).`,
  }),
  REGIONAL_ORGANISATION_ELIGIBLE: (v: { name: Labels; count: number }): Labels => ({
    EN: `${v.name.EN} is a regional organisation with ${v.count} eligible partner countries among its members.`,
    FR: `${v.name.FR} est une organisation régionale comptant ${v.count} pays partenaires éligibles parmi ses membres.`,
  }),
  REGIONAL_ORGANISATION_NO_ELIGIBLE_MEMBER: (v: { name: Labels }): Labels => ({
    EN: `None of the member states of ${v.name.EN} is an eligible partner country.`,
    FR: `Aucun des États membres de ${v.name.FR} n'est un pays partenaire éligible.`,
  }),
  REGIONAL_ORGANISATION_TYPE_MISMATCH: (v: { name: Labels }): Labels => ({
    EN: `A request for ${v.name.EN} must come from the regional organisation itself (an institution of type regional organisation).`,
    FR: `Une demande pour ${v.name.FR} doit émaner de l'organisation régionale elle-même (une institution de type organisation régionale).`,
  }),
  INSTITUTION_IS_NOT_A_COUNTRY_BODY: (v: { institution: string }): Labels => ({
    EN: `"${v.institution}" is a regional organisation, but the request is for a single country.`,
    FR: `« ${v.institution} » est une organisation régionale, mais la demande concerne un seul pays.`,
  }),
  NO_INSTITUTION: (_: object): Labels => ({
    EN: 'A request needs at least one requesting institution.',
    FR: 'Une demande doit émaner d’au moins une institution.',
  }),
  INSTITUTION_NAME_MISSING: (v: { index: number }): Labels => ({
    EN: `Institution ${v.index + 1} has no name.`,
    FR: `L'institution ${v.index + 1} n'a pas de nom.`,
  }),
  INSTITUTION_TYPE_UNKNOWN: (v: { institution: string; type: string }): Labels => ({
    EN: `"${v.type}" is not a type of institution that may request (institution "${v.institution}").`,
    FR: `« ${v.type} » n'est pas un type d'institution pouvant présenter une demande (institution « ${v.institution} »).`,
  }),
  INSTITUTION_COUNTRY_UNKNOWN: (v: { institution: string; code: string }): Labels => ({
    EN: `"${v.code}" is not a known country code (institution "${v.institution}").`,
    FR: `« ${v.code} » n'est pas un code de pays connu (institution « ${v.institution} »).`,
  }),
  INSTITUTION_TYPE_NOT_ACCEPTED_BEFORE_2016: (v: { institution: string }): Labels => ({
    EN: `Before 2016 only national institutions and regional organisations could request; "${v.institution}" could not.`,
    FR: `Avant 2016, seules les institutions nationales et les organisations régionales pouvaient présenter une demande ; « ${v.institution} » ne le pouvait pas.`,
  }),
  CSO_WITHOUT_GOVERNMENT_PARTNER: (_: object): Labels => ({
    EN: 'A civil society organisation may request only jointly with a national or local government institution.',
    FR: 'Une organisation de la société civile ne peut présenter une demande que conjointement avec une institution publique nationale ou locale.',
  }),
  JOINT_REQUEST: (v: { count: number }): Labels => ({
    EN: `This is a joint request of ${v.count} institutions.`,
    FR: `Il s'agit d'une demande conjointe de ${v.count} institutions.`,
  }),
} as const;

export type EligibilityReasonCode = keyof typeof ELIGIBILITY_MESSAGES;
export const ELIGIBILITY_REASON_CODES = Object.keys(ELIGIBILITY_MESSAGES) as EligibilityReasonCode[];
