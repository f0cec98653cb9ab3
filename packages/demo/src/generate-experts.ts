import { EU_MEMBER_STATES, THEMATIC_AREAS } from '@mieux/domain';
import { FACTSHEET, HISTORIC_EXPERTS_BY_EMPLOYER, MIEUX_PLUS_EXPERTS_BY_EMPLOYER, UNDEPLOYED_ROSTER } from './figures';
import { BENEFICIARY_CITIES, FIRST_NAMES, LAST_NAMES } from './places';
import type { DemoExpert } from './portfolio';
import { addDays, demoId, type Random } from './random';

const REGIONS = ['AFRICA', 'ASIA_AND_PACIFIC', 'EASTERN_NEIGHBOURHOOD', 'SOUTHERN_NEIGHBOURHOOD', 'LATIN_AMERICA_AND_CARIBBEAN'];
const PARTNER_NATIONALITIES = Object.keys(BENEFICIARY_CITIES).filter((code) => code.length === 2);
const LANGUAGES_OF: Record<string, string[]> = {
  FR: ['fr'],
  BE: ['fr', 'nl'],
  LU: ['fr', 'de'],
  ES: ['es'],
  PT: ['pt'],
  IT: ['it'],
  DE: ['de'],
  AT: ['de'],
  NL: ['nl'],
  PL: ['pl'],
  RO: ['ro'],
  SN: ['fr'],
  CI: ['fr'],
  ML: ['fr'],
  MA: ['ar', 'fr'],
  TN: ['ar', 'fr'],
  JO: ['ar'],
  MX: ['es'],
  CO: ['es'],
  PE: ['es'],
  BR: ['pt'],
  CV: ['pt'],
  GE: ['ru'],
  MD: ['ro', 'ru'],
  UA: ['uk', 'ru'],
};

export interface ExpertPools {
  /** Deployed on Actions approved 2009-2019. */
  historic: DemoExpert[];
  /** First deployed under MIEUX+. */
  mieuxPlus: DemoExpert[];
  /** On the roster, never deployed. */
  undeployed: DemoExpert[];
}

/**
 * The roster: the 340 experts deployed in 2009-2019 (176 officials of 22 Member States' administrations),
 * the 125 first deployed under MIEUX+, and members never deployed.
 */
export function generateExperts(random: Random, replica: number): ExpertPools {
  let n = 0;
  const memberStatesOfFactsheet = EU_MEMBER_STATES.slice(0, FACTSHEET.memberStatesRepresented);
  const make = (employerType: string, index: number, status: string, appliedFrom: string, memberStates: readonly string[]): DemoExpert => {
    n += 1;
    const official = employerType === 'EU_MEMBER_STATE_ADMINISTRATION' || employerType === 'PARTNER_COUNTRY_ADMINISTRATION';
    const memberState = employerType === 'EU_MEMBER_STATE_ADMINISTRATION' ? memberStates[index % memberStates.length] : null;
    const nationality =
      memberState ??
      (employerType === 'PARTNER_COUNTRY_ADMINISTRATION' || random.chance(0.4) ? random.pick(PARTNER_NATIONALITIES) : random.pick(EU_MEMBER_STATES));
    const areas = random.sample(THEMATIC_AREAS, random.int(1, 3));
    const subTopics = areas.flatMap((area) => random.sample(area.subTopics, random.int(1, 2)).map((t) => t.code));
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const appliedOn = addDays(appliedFrom, random.int(0, 900));
    return {
      id: demoId(`expert-${replica}`, n),
      fullName: `${first} ${last}`,
      email: `${first}.${last}.${replica}-${n}@example.eu`
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, ''),
      phone: random.chance(0.7) ? `+32 2 ${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}` : null,
      nationality,
      employerType,
      publicOfficial: official,
      memberState,
      thematicAreas: areas.map((a) => a.code),
      subTopics,
      languages: [
        'en',
        ...new Set([...(LANGUAGES_OF[nationality] ?? []), ...(random.chance(0.3) ? ['fr'] : []), ...(random.chance(0.2) ? ['es'] : [])]),
      ].filter((l, i, all) => all.indexOf(l) === i),
      regions: random.sample(REGIONS, random.int(1, 3)),
      countriesOfExperience: random.sample(PARTNER_NATIONALITIES, random.int(1, 4)),
      status,
      appliedOn,
      consentGivenOn: appliedOn,
      privacyNoticeVersion: appliedOn < '2018-05-25' ? '2008.1' : '2018.1',
      cvSummary: `${official ? 'Public official' : 'Specialist'} with ${random.int(6, 30)} years of experience in ${areas.map((a) => a.label.EN.toLowerCase()).join(' and ')}.`,
      availability: [{ from: appliedOn, to: '2027-12-31' }],
    };
  };
  const pool = (byEmployer: Record<string, number>, appliedFrom: string, memberStates: readonly string[]) =>
    Object.entries(byEmployer).flatMap(([employerType, count]) =>
      Array.from({ length: count }, (_, i) => make(employerType, i, 'ACTIVE', appliedFrom, memberStates)),
    );
  const historic = pool(HISTORIC_EXPERTS_BY_EMPLOYER, '2008-06-01', memberStatesOfFactsheet);
  const mieuxPlus = pool(MIEUX_PLUS_EXPERTS_BY_EMPLOYER, '2019-06-01', EU_MEMBER_STATES);
  const undeployed = Object.entries(UNDEPLOYED_ROSTER).flatMap(([status, count]) =>
    Array.from({ length: count }, (_, i) => make(random.pick(Object.keys(MIEUX_PLUS_EXPERTS_BY_EMPLOYER)), i, status, '2021-01-01', EU_MEMBER_STATES)),
  );
  return { historic, mieuxPlus, undeployed };
}
