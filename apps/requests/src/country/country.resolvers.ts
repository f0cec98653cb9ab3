import {
  COUNTRIES,
  countryInstrumentsOn,
  findBeneficiary,
  findRegionalOrganisation,
  isBeneficiaryEligibleOn,
  REGIONAL_ORGANISATIONS,
  THEMATIC_AREAS,
  type Language,
} from '@mieux/domain';
import { allow, ROLE_GROUPS, today } from '@mieux/service-kit';
import type { Resolvers } from '../generated/resolvers-types';
import type { CountryModel } from './country.model';

function beneficiary(country: CountryModel) {
  const found = findBeneficiary(country.code);
  if (!found) throw new Error(`unknown beneficiary ${country.code}`);
  return found;
}

/** Countries and regional organisations are reference data of the domain: no SQL is ever sent for them. */
export const countryResolvers: Resolvers = {
  Query: {
    countries: allow(ROLE_GROUPS.anyone, (_, { eligibleOnly }) => {
      const all = [...COUNTRIES.map((c) => ({ code: c.code })), ...REGIONAL_ORGANISATIONS.map((o) => ({ code: o.code }))];
      const date = today();
      return eligibleOnly ? all.filter((c) => isBeneficiaryEligibleOn(c.code, date)) : all;
    }),
    country: allow(ROLE_GROUPS.anyone, (_, { code }) => (findBeneficiary(code) ? { code: code.toUpperCase() } : null)),
    thematicAreas: allow(ROLE_GROUPS.anyone, () => [...THEMATIC_AREAS]),
  },
  Country: {
    __resolveReference: (reference) => (findBeneficiary(reference.code) ? { code: reference.code.toUpperCase() } : null),
    kind: (country) => beneficiary(country).kind,
    name: (country, { lang }) => beneficiary(country).name[(lang ?? 'EN') as Language],
    region: (country) => beneficiary(country).region,
    euMemberState: (country) => beneficiary(country).euMemberState,
    instruments: (country, { on }) => (findRegionalOrganisation(country.code) ? [] : countryInstrumentsOn(country.code, on ?? today())),
    eligible: (country, { on }) => isBeneficiaryEligibleOn(country.code, on ?? today()),
    memberStates: (country) => (findRegionalOrganisation(country.code)?.memberStates ?? []).map((code) => ({ code })),
  },
  ThematicAreaInfo: {
    label: (area, { lang }) => area.label[(lang ?? 'EN') as Language],
    subTopics: (area) => [...area.subTopics],
  },
  SubTopicInfo: {
    label: (topic, { lang }) => topic.label[(lang ?? 'EN') as Language],
  },
};
