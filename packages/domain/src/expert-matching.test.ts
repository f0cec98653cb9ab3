import fc from 'fast-check';
import { MATCH_WEIGHTS, scoreExpertMatch, type ExpertProfile } from './expert-matching';

const expert: ExpertProfile = {
  thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY', 'MIGRATION_AND_DEVELOPMENT'],
  subTopics: ['LABOUR_MIGRATION'],
  languages: ['en', 'fr'],
  regions: ['AFRICA'],
  countriesOfExperience: ['SN'],
  availability: [{ from: '2027-01-01', to: '2027-06-30' }],
};

describe('expert matching', () => {
  it('gives a perfect fit the full score, with every reason', () => {
    const { score, reasons } = scoreExpertMatch(expert, {
      thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
      subTopics: ['LABOUR_MIGRATION'],
      languages: ['fr'],
      countryCode: 'SN',
      startsOn: '2027-02-01',
      endsOn: '2027-02-03',
    });
    expect(score).toBe(1);
    expect(reasons.map((r) => [r.code, r.score])).toEqual([
      ['THEMATIC_FIT', 1],
      ['LANGUAGE', 1],
      ['REGIONAL_EXPERIENCE', 1],
      ['AVAILABILITY', 1],
    ]);
  });

  it('weighs each shortfall', () => {
    const { score, reasons } = scoreExpertMatch(expert, {
      thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY', 'HORIZONTAL_INTERVENTIONS'],
      subTopics: ['DATA'],
      languages: ['es'],
      countryCode: 'CI',
      region: 'AFRICA',
      startsOn: '2027-06-29',
      endsOn: '2027-07-02',
    });
    expect(reasons.map((r) => r.score)).toEqual([0.375, 0, 0.6, 0.5]);
    expect(score).toBeCloseTo(0.45 * 0.375 + 0.2 * 0.6 + 0.15 * 0.5, 4);
    expect(reasons.map((r) => r.message.EN)).toEqual([
      'Covers 50% of the thematic areas asked',
      'Speaks none of the working languages asked',
      'Has worked in the region',
      'Available for part of the dates',
    ]);
  });

  it('treats what is not asked as met, and knows a complete miss', () => {
    expect(scoreExpertMatch(expert, { thematicAreas: [] }).score).toBe(1);
    const miss = scoreExpertMatch(
      { ...expert, availability: [] },
      { thematicAreas: ['HORIZONTAL_INTERVENTIONS'], languages: ['ar'], countryCode: 'JO', startsOn: '2027-02-01', endsOn: '2027-02-02' },
    );
    expect(miss.score).toBe(0);
    expect(miss.reasons.map((r) => r.message.EN)).toEqual([
      'Covers 0% of the thematic areas asked',
      'Speaks none of the working languages asked',
      'No experience of the country or region',
      'Not available on these dates',
    ]);
    expect(miss.reasons.map((r) => r.message.FR)).toEqual([
      'Couvre 0 % des domaines thématiques demandés',
      'Ne parle aucune des langues de travail demandées',
      "Pas d'expérience du pays ni de la région",
      'Indisponible à ces dates',
    ]);
  });

  it('always scores in [0, 1], deterministically', () => {
    const codes = fc.subarray(['A', 'B', 'C', 'D']);
    fc.assert(
      fc.property(codes, codes, codes, fc.option(fc.constantFrom('SN', 'MA')), (areas, langs, regions, country) => {
        const need = { thematicAreas: areas, languages: langs, region: regions[0] ?? null, countryCode: country };
        const first = scoreExpertMatch({ ...expert, thematicAreas: regions }, need);
        expect(first.score).toBeGreaterThanOrEqual(0);
        expect(first.score).toBeLessThanOrEqual(1);
        expect(scoreExpertMatch({ ...expert, thematicAreas: regions }, need)).toEqual(first);
      }),
    );
    expect(Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it('says each reason in English and French', () => {
    const perfect = scoreExpertMatch(expert, {
      thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
      languages: ['en'],
      countryCode: 'SN',
      startsOn: '2027-01-01',
      endsOn: '2027-06-30',
    });
    expect(perfect.reasons.map((r) => r.message)).toEqual([
      { EN: 'Covers 100% of the thematic areas asked', FR: 'Couvre 100 % des domaines thématiques demandés' },
      { EN: 'Speaks a working language of the activity', FR: "Parle une langue de travail de l'activité" },
      { EN: 'Has worked in the country or the region asked', FR: 'A travaillé dans le pays ou la région demandés' },
      { EN: 'Available over the whole dates', FR: 'Disponible sur toute la période' },
    ]);
    const partial = scoreExpertMatch(expert, {
      thematicAreas: ['MIGRATION_AND_DEVELOPMENT', 'HORIZONTAL_INTERVENTIONS', 'SMUGGLING'],
      region: 'AFRICA',
      startsOn: '2026-12-31',
      endsOn: '2027-01-02',
    });
    expect(partial.reasons.map((r) => r.message.FR)).toEqual([
      'Couvre 33 % des domaines thématiques demandés',
      "Parle une langue de travail de l'activité",
      'A travaillé dans la région',
      'Disponible sur une partie de la période',
    ]);
  });

  it('counts an expert available only when a period holds the whole dates', () => {
    const availability = (startsOn: string, endsOn: string) => scoreExpertMatch(expert, { thematicAreas: [], startsOn, endsOn }).reasons[3].score;
    expect(availability('2027-01-01', '2027-06-30')).toBe(1);
    expect(availability('2026-12-31', '2027-01-01')).toBe(0.5);
    expect(availability('2027-06-30', '2027-07-01')).toBe(0.5);
    expect(availability('2027-07-01', '2027-07-02')).toBe(0);
    expect(scoreExpertMatch(expert, { thematicAreas: [], startsOn: '2027-07-01' }).reasons[3].score).toBe(1);
  });
});
