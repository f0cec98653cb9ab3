import { defaultWorkingLanguages, EU_MEMBER_STATES, THEMATIC_AREAS } from '@mieux/domain';
import { FACTSHEET, HISTORIC_EXPERTS_BY_EMPLOYER, MIEUX_PLUS_EXPERTS_BY_EMPLOYER, UNDEPLOYED_ROSTER } from './figures';
import { BENEFICIARY_CITIES, FIRST_NAMES, LAST_NAMES } from './places';
import type { DemoExpert } from './portfolio';
import { addDays, demoId, Random } from './random';

/** The seed of each expert's own stream of languages (beside the roster's). */
const LANGUAGE_SEED = 639;

const REGIONS = ['AFRICA', 'ASIA_AND_PACIFIC', 'EASTERN_NEIGHBOURHOOD', 'SOUTHERN_NEIGHBOURHOOD', 'LATIN_AMERICA_AND_CARIBBEAN'];
const PARTNER_NATIONALITIES = Object.keys(BENEFICIARY_CITIES).filter((code) => code.length === 2);
/** The official languages of the Member States (a partner country's come from the domain's defaults of activities). */
const MEMBER_STATE_LANGUAGES: Record<string, string[]> = {
  AT: ['de'],
  BE: ['fr', 'nl'],
  BG: ['bg'],
  HR: ['hr'],
  CY: ['el'],
  CZ: ['cs'],
  DK: ['da'],
  EE: ['et'],
  FI: ['fi', 'sv'],
  FR: ['fr'],
  DE: ['de'],
  GR: ['el'],
  HU: ['hu'],
  IE: ['en', 'ga'],
  IT: ['it'],
  LV: ['lv'],
  LT: ['lt'],
  LU: ['fr', 'de'],
  MT: ['mt', 'en'],
  NL: ['nl'],
  PL: ['pl'],
  PT: ['pt'],
  RO: ['ro'],
  SK: ['sk'],
  SI: ['sl'],
  ES: ['es'],
  SE: ['sv'],
};
/** Most experts work in English too, not all: a third of them only in their own languages and the ones they learnt. */
const ENGLISH_SPEAKERS = 0.67;

/**
 * An expert's working languages: their country's, French and Spanish as drawn by the roster's stream
 * (`french`, `spanish`: the draws it always made), English as drawn from the expert's own stream, so
 * the rest of the portfolio is drawn as before.
 */
function languagesOf(nationality: string, french: boolean, spanish: boolean, own: Random): string[] {
  const national = MEMBER_STATE_LANGUAGES[nationality] ?? defaultWorkingLanguages(nationality);
  const english = own.chance(ENGLISH_SPEAKERS) ? ['en'] : [];
  return [...new Set([...english, ...national, ...(french ? ['fr'] : []), ...(spanish ? ['es'] : [])])];
}

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
      languages: languagesOf(nationality, random.chance(0.3), random.chance(0.2), new Random(LANGUAGE_SEED + replica * 100_003 + n)),
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
