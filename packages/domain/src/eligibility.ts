import { countryInstrumentsOn, findCountry } from './countries';
import { isIsoDate, type IsoDate } from './dates';
import { ELIGIBILITY_MESSAGES, type EligibilityReasonCode } from './eligibility-messages';
import { ACCEPTED_SINCE_2016, GOVERNMENT_INSTITUTION_TYPES, isInstitutionType, WIDER_ELIGIBILITY_FROM, type InstitutionType } from './institutions';
import type { Labels } from './labels';
import { eligibleMembersOn, findBeneficiary, findRegionalOrganisation } from './regional-organisations';

export interface EligibilityInput {
  /** ISO alpha-2 code of the country, or the code of the regional organisation, the request is for. */
  countryCode: string;
  requestDate: IsoDate;
  institutions: readonly { name: string; type: string; countryCode?: string | null }[];
}

export interface EligibilityReason {
  code: EligibilityReasonCode;
  /** Whether this reason alone makes the request ineligible. */
  blocking: boolean;
  message: Labels;
  /** The input field the reason is about, e.g. `institutions.1.type`. */
  field?: string;
}

export interface EligibilityAssessment {
  eligible: boolean;
  reasons: readonly EligibilityReason[];
}

/**
 * Assesses who may request (brochure, FAQ): the beneficiary country's instruments on the request
 * date, regional organisations through their eligible members, the institution types accepted
 * before and since 2016, and civil society only jointly with government. Returns every reason that
 * applies, positive ones included; eligible when none blocks.
 */
export function assessEligibility(input: EligibilityInput): EligibilityAssessment {
  const reasons: EligibilityReason[] = [];
  const add = <C extends EligibilityReasonCode>(code: C, blocking: boolean, values: Parameters<(typeof ELIGIBILITY_MESSAGES)[C]>[0], field?: string) =>
    reasons.push({ code, blocking, message: (ELIGIBILITY_MESSAGES[code] as (v: typeof values) => Labels)(values), ...(field ? { field } : {}) });

  const dateValid = isIsoDate(input.requestDate);
  if (!dateValid) add('REQUEST_DATE_INVALID', true, { date: String(input.requestDate) }, 'requestDate');

  const code = String(input.countryCode ?? '');
  const beneficiary = findBeneficiary(code);
  if (!beneficiary) {
    add('COUNTRY_UNKNOWN', true, { code }, 'countryCode');
  } else if (beneficiary.kind === 'COUNTRY') {
    const { name, status } = beneficiary;
    if (status === 'EU_MEMBER_STATE') add('COUNTRY_EU_MEMBER_STATE', true, { name }, 'countryCode');
    else if (status === 'HIGH_INCOME_NON_PARTNER') add('COUNTRY_HIGH_INCOME_NON_PARTNER', true, { name }, 'countryCode');
    else if (status === 'PRE_ACCESSION') add('COUNTRY_PRE_ACCESSION', true, { name }, 'countryCode');
    else if (dateValid) {
      const instruments = countryInstrumentsOn(beneficiary.code, input.requestDate);
      if (instruments.length === 0) add('COUNTRY_NOT_COVERED', true, { name, date: input.requestDate }, 'countryCode');
      else add('COUNTRY_ELIGIBLE', false, { name, instruments: instruments.join(', ') });
    }
  } else if (dateValid) {
    const members = eligibleMembersOn(findRegionalOrganisation(beneficiary.code)!, input.requestDate);
    if (members.length === 0) add('REGIONAL_ORGANISATION_NO_ELIGIBLE_MEMBER', true, { name: beneficiary.name }, 'countryCode');
    else add('REGIONAL_ORGANISATION_ELIGIBLE', false, { name: beneficiary.name, count: members.length });
  }

  const institutions = input.institutions ?? [];
  if (institutions.length === 0) add('NO_INSTITUTION', true, {}, 'institutions');
  const types: InstitutionType[] = [];
  institutions.forEach((institution, index) => {
    const label = institution.name?.trim() || `#${index + 1}`;
    if (!institution.name?.trim()) add('INSTITUTION_NAME_MISSING', true, { index }, `institutions.${index}.name`);
    if (!isInstitutionType(institution.type)) {
      add('INSTITUTION_TYPE_UNKNOWN', true, { institution: label, type: String(institution.type) }, `institutions.${index}.type`);
    } else {
      types.push(institution.type);
      if (dateValid && input.requestDate < WIDER_ELIGIBILITY_FROM && ACCEPTED_SINCE_2016.includes(institution.type)) {
        add('INSTITUTION_TYPE_NOT_ACCEPTED_BEFORE_2016', true, { institution: label }, `institutions.${index}.type`);
      }
      if (beneficiary?.kind === 'COUNTRY' && institution.type === 'REGIONAL_ORGANISATION') {
        add('INSTITUTION_IS_NOT_A_COUNTRY_BODY', true, { institution: label }, `institutions.${index}.type`);
      }
    }
    if (institution.countryCode && !findCountry(institution.countryCode)) {
      add('INSTITUTION_COUNTRY_UNKNOWN', true, { institution: label, code: institution.countryCode }, `institutions.${index}.countryCode`);
    }
  });
  if (types.includes('CIVIL_SOCIETY_ORGANISATION') && !types.some((t) => GOVERNMENT_INSTITUTION_TYPES.includes(t))) {
    add('CSO_WITHOUT_GOVERNMENT_PARTNER', true, {}, 'institutions');
  }
  if (beneficiary?.kind === 'REGIONAL_ORGANISATION' && institutions.length > 0 && !types.includes('REGIONAL_ORGANISATION')) {
    add('REGIONAL_ORGANISATION_TYPE_MISMATCH', true, { name: beneficiary.name }, 'institutions');
  }
  if (institutions.length > 1) add('JOINT_REQUEST', false, { count: institutions.length });

  return { eligible: !reasons.some((r) => r.blocking), reasons };
}
