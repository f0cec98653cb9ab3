import fc from 'fast-check';
import {
  compareMatches,
  deploymentWeight,
  MATCH_CRITERIA,
  matchScores,
  MATCH_WEIGHTS,
  rotationWindow,
  scoreExpertMatch,
  type ExpertiseNeed,
  type ExpertProfile,
  type MatchCriterion,
  type MatchReason,
} from './expert-matching';
import { defaultWorkingLanguages } from './working-languages';

const expert: ExpertProfile = {
  thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY', 'MIGRATION_AND_DEVELOPMENT'],
  subTopics: ['LABOUR_MIGRATION'],
  languages: ['en', 'fr'],
  regions: ['AFRICA'],
  countriesOfExperience: ['SN'],
  availability: [{ from: '2027-01-01', to: '2027-06-30' }],
  nationality: 'CI',
  publicOfficial: true,
  employerType: 'PARTNER_COUNTRY_ADMINISTRATION',
  recentDeployments: [],
};

const need: ExpertiseNeed = {
  thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
  subTopics: ['LABOUR_MIGRATION'],
  languages: ['fr'],
  countryCode: 'SN',
  region: 'AFRICA',
  startsOn: '2027-02-01',
  endsOn: '2027-02-03',
  rotationUntil: '2027-02-01',
};

const byCode = (profile: ExpertProfile, asked: ExpertiseNeed = need) =>
  Object.fromEntries(scoreExpertMatch(profile, asked).reasons.map((r) => [r.code, r])) as Record<MatchCriterion, MatchReason>;

describe('expert matching', () => {
  it('gives a perfect fit the full score, with a reason per criterion, heaviest first', () => {
    const { score, reasons } = scoreExpertMatch(expert, need);
    expect(score).toBe(1);
    expect(reasons.map((r) => [r.code, r.weight, r.score])).toEqual(MATCH_CRITERIA.map((code) => [code, MATCH_WEIGHTS[code], 1]));
    expect(reasons.map((r) => r.weight)).toEqual([...reasons.map((r) => r.weight)].sort((a, b) => b - a));
  });

  // The scoring table: each criterion alone moves the score by its weight times its shortfall.
  it.each<[MatchCriterion, Partial<ExpertProfile>, number]>([
    ['LANGUAGE', { languages: ['en'] }, 0],
    ['THEMATIC_FIT', { thematicAreas: ['MIGRATION_AND_DEVELOPMENT'] }, 0],
    ['REGIONAL_EXPERIENCE', { countriesOfExperience: ['CI', 'ML', 'MA'] }, 0.7],
    ['REGIONAL_EXPERIENCE', { countriesOfExperience: ['CI', 'ML', 'GN', 'BF'] }, 0.8],
    ['REGIONAL_EXPERIENCE', { countriesOfExperience: [] }, 0.5],
    ['REGIONAL_EXPERIENCE', { countriesOfExperience: ['CI'], regions: [] }, 0.6],
    ['REGIONAL_EXPERIENCE', { countriesOfExperience: [], regions: ['ASIA_AND_PACIFIC'] }, 0],
    ['SUB_TOPIC_FIT', { subTopics: ['INTEGRATION'] }, 0],
    ['AVAILABILITY', { availability: [{ from: '2027-02-02', to: '2027-12-31' }] }, 0.5],
    ['AVAILABILITY', { availability: [] }, 0],
    ['PEER_VALUE', { nationality: 'PE' }, 0.9],
    ['PEER_VALUE', { employerType: 'EU_MEMBER_STATE_ADMINISTRATION' }, 0.8],
    ['PEER_VALUE', { publicOfficial: false, employerType: 'ACADEMIA' }, 0],
    ['ROTATION', { recentDeployments: ['2027-01-31'] }, 1 / (1 + (1 - 0.5 / 730))],
    ['ROTATION', { recentDeployments: ['2025-02-01'] }, 1 / 1.5],
    ['ROTATION', { recentDeployments: ['2026-02-01', '2026-02-01', '2027-01-31'] }, 1 / (1 + 0.75 + 0.75 + (1 - 0.5 / 730))],
  ])('%s moves the score alone (%j)', (code, change, criterionScore) => {
    const { score, reasons } = scoreExpertMatch({ ...expert, ...change }, need);
    const short = reasons.filter((r) => r.score < 1);
    expect(short.map((r) => r.code)).toEqual([code]);
    expect(short[0].score).toBeCloseTo(criterionScore, 10);
    expect(score).toBeCloseTo(1 - MATCH_WEIGHTS[code] * (1 - criterionScore), 4);
  });

  it('counts shares of the languages, areas and sub-topics asked', () => {
    const wide = {
      ...need,
      languages: ['fr', 'ar'],
      thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY', 'HORIZONTAL_INTERVENTIONS'],
      subTopics: ['LABOUR_MIGRATION', 'DATA', 'GENDER'],
    };
    const reasons = byCode(expert, wide);
    expect([reasons.LANGUAGE.score, reasons.THEMATIC_FIT.score, reasons.SUB_TOPIC_FIT.score]).toEqual([0.5, 0.5, 1 / 3]);
    expect([reasons.LANGUAGE.message, reasons.THEMATIC_FIT.message, reasons.SUB_TOPIC_FIT.message]).toEqual([
      { EN: 'Speaks 1 of the 2 working languages (fr)', FR: 'Parle 1 des 2 langues de travail (fr)' },
      { EN: 'Covers 50% of the thematic areas asked', FR: 'Couvre 50 % des domaines thématiques demandés' },
      { EN: 'Covers 33% of the sub-topics asked', FR: 'Couvre 33 % des sous-thèmes demandés' },
    ]);
  });

  it('says each reason in English and French', () => {
    expect(scoreExpertMatch(expert, need).reasons.map((r) => r.message)).toEqual([
      { EN: 'Speaks every working language of the activity (fr)', FR: "Parle toutes les langues de travail de l'activité (fr)" },
      { EN: 'Covers 100% of the thematic areas asked', FR: 'Couvre 100 % des domaines thématiques demandés' },
      { EN: 'Has worked in the country asked (Senegal)', FR: 'A travaillé dans le pays demandé (Sénégal)' },
      { EN: 'Covers 100% of the sub-topics asked', FR: 'Couvre 100 % des sous-thèmes demandés' },
      { EN: 'Available over the whole dates', FR: 'Disponible sur toute la période' },
      {
        EN: "Public official of a partner country's administration in the same region (South-South peer)",
        FR: "Fonctionnaire de l'administration d'un pays partenaire de la même région (pair Sud-Sud)",
      },
      { EN: 'No deployment in the last 24 months', FR: 'Aucun déploiement ces 24 derniers mois' },
    ]);
    const short = { ...expert, languages: ['es'], countriesOfExperience: ['CI'], availability: [{ from: '2027-02-03', to: '2027-03-01' }] };
    const shortfalls = byCode({ ...short, employerType: 'EU_MEMBER_STATE_ADMINISTRATION', recentDeployments: ['2026-05-04'] });
    expect(MATCH_CRITERIA.map((code) => shortfalls[code].message.FR)).toEqual([
      'Ne parle aucune des langues de travail demandées',
      'Couvre 100 % des domaines thématiques demandés',
      'A travaillé dans la région (1 de ses pays), pas dans le pays',
      'Couvre 100 % des sous-thèmes demandés',
      'Disponible sur une partie de la période',
      'Fonctionnaire : un pair des homologues',
      '1 déploiement ces 24 derniers mois (le 2026-05-04)',
    ]);
    expect(shortfalls.PEER_VALUE.message.EN).toBe('Public official: a peer of the counterparts');
    expect(shortfalls.ROTATION.message.EN).toBe('1 deployment in the last 24 months (from 2026-05-04)');
    expect(byCode({ ...expert, nationality: 'PE' }).PEER_VALUE.message.EN).toBe("Public official of a partner country's administration (South-South peer)");
    const deployedOften = ['2026-01-01', '2026-06-01', '2025-12-01', '2026-11-30'];
    const misses = byCode({ ...short, countriesOfExperience: [], regions: [], availability: [], publicOfficial: false, recentDeployments: deployedOften });
    expect([misses.REGIONAL_EXPERIENCE, misses.AVAILABILITY, misses.PEER_VALUE, misses.ROTATION].map((r) => r.message)).toEqual([
      { EN: 'No experience of the country or region', FR: "Pas d'expérience du pays ni de la région" },
      { EN: 'Not available on these dates', FR: 'Indisponible à ces dates' },
      { EN: 'Not a public official', FR: "N'est pas fonctionnaire" },
      { EN: '4 deployments in the last 24 months (the latest from 2026-11-30)', FR: '4 déploiements ces 24 derniers mois (le dernier le 2026-11-30)' },
    ]);
  });

  it('treats what is not asked as met, and says so', () => {
    const open = scoreExpertMatch({ ...expert, publicOfficial: false }, { thematicAreas: [], startsOn: '2027-07-01' });
    expect(open.reasons.filter((r) => r.score === 1).map((r) => r.message)).toEqual([
      { EN: 'No working language asked', FR: 'Aucune langue de travail demandée' },
      { EN: 'No thematic area asked', FR: 'Aucun domaine thématique demandé' },
      { EN: 'No country or region asked', FR: 'Aucun pays ni région demandés' },
      { EN: 'No sub-topic asked', FR: 'Aucun sous-thème demandé' },
      { EN: 'No dates asked', FR: 'Aucune date demandée' },
      { EN: 'No deployment in the last 24 months', FR: 'Aucun déploiement ces 24 derniers mois' },
    ]);
    expect(open.score).toBe(0.93);
  });

  it('names a country it does not know by its code', () => {
    expect(byCode({ ...expert, countriesOfExperience: ['ZZ'] }, { ...need, countryCode: 'ZZ' }).REGIONAL_EXPERIENCE.message.EN).toBe(
      'Has worked in the country asked (ZZ)',
    );
  });

  it('counts an expert available only when a period holds the whole dates', () => {
    const availability = (startsOn: string, endsOn: string) => byCode(expert, { thematicAreas: [], startsOn, endsOn }).AVAILABILITY.score;
    expect(availability('2027-01-01', '2027-06-30')).toBe(1);
    expect(availability('2026-12-31', '2027-01-01')).toBe(0.5);
    expect(availability('2027-06-30', '2027-07-01')).toBe(0.5);
    expect(availability('2027-07-01', '2027-07-02')).toBe(0);
  });

  it('weighs a recent deployment more than an old one, each fully without a window', () => {
    expect(deploymentWeight('2027-02-01', '2027-02-01')).toBe(1);
    expect(deploymentWeight('2025-02-01', '2027-02-01')).toBe(0.5);
    expect(deploymentWeight('2020-01-01', '2027-02-01')).toBe(0.5);
    expect(deploymentWeight('2028-01-01', '2027-02-01')).toBe(1);
    expect(deploymentWeight('2026-02-01', '2027-02-01')).toBeCloseTo(0.75, 2);
    expect(deploymentWeight('2020-01-01', null)).toBe(1);
    expect(byCode({ ...expert, recentDeployments: ['2020-01-01'] }, { ...need, rotationUntil: undefined }).ROTATION.score).toBe(0.5);
  });

  it('counts deployments for rotation over the 24 months before the activity, or before today without dates', () => {
    expect(rotationWindow({ startsOn: '2027-03-31' }, '2026-12-05')).toEqual({ from: '2025-03-31', to: '2027-03-31' });
    expect(rotationWindow({}, '2026-12-05')).toEqual({ from: '2024-12-05', to: '2026-12-05' });
    expect(rotationWindow({ startsOn: null }, '2024-02-29')).toEqual({ from: '2022-02-28', to: '2024-02-29' });
  });

  it('always scores in [0, 1], deterministically, the weights adding up to 1', () => {
    const codes = fc.subarray(['A', 'B', 'C', 'D']);
    fc.assert(
      fc.property(codes, codes, codes, fc.option(fc.constantFrom('SN', 'MA')), fc.nat(5), (areas, langs, regions, country, deployments) => {
        const asked = { thematicAreas: areas, subTopics: langs, languages: langs, region: regions[0] ?? null, countryCode: country };
        const profile = { ...expert, thematicAreas: regions, recentDeployments: Array<string>(deployments).fill('2026-06-01') };
        const first = scoreExpertMatch(profile, asked);
        expect(first.score).toBeGreaterThanOrEqual(0);
        expect(first.score).toBeLessThanOrEqual(1);
        expect(scoreExpertMatch(profile, asked)).toEqual(first);
        // The numbers ranking compares are the reasons' own.
        expect(matchScores(profile, asked)).toEqual({ score: first.score, criteria: first.reasons.map((r) => r.score) });
      }),
    );
    expect(Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it('orders equal matches by id in code points, and knows the same match', () => {
    const match = (id: string) => ({ id, ...matchScores(expert, need) });
    expect(
      ['b', 'B', 'a']
        .map(match)
        .sort(compareMatches)
        .map((m) => m.id),
    ).toEqual(['B', 'a', 'b']);
    expect(compareMatches(match('a'), match('a'))).toBe(0);
  });
});

describe('default working languages', () => {
  it("are the official languages of the country or organisation on the roster's list, else English", () => {
    expect(defaultWorkingLanguages('SN')).toEqual(['fr']);
    expect(defaultWorkingLanguages('ma')).toEqual(['ar', 'fr']);
    expect(defaultWorkingLanguages('ECOWAS')).toEqual(['en', 'fr', 'pt']);
    expect(defaultWorkingLanguages('NG')).toEqual(['en']);
    const copy = defaultWorkingLanguages('NG');
    copy.push('fr');
    expect(defaultWorkingLanguages('NG')).toEqual(['en']);
  });
});
