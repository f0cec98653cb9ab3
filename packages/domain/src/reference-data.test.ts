import fc from 'fast-check';
import { ACTIVITY_FORMATS, ACTIVITY_TYPES, isActivityType, isFormatOfType } from './activities';
import { COUNTRIES, countryInstrumentsOn, findCountry, isCountryEligibleOn, isEuMemberState } from './countries';
import { EU_MEMBER_STATES, SUB_SAHARAN_AFRICA, CARIBBEAN_ACP, PACIFIC_ACP } from './country-groups';
import { addCalendarMonths, isIsoDate, rangesOverlap } from './dates';
import { DomainError } from './errors';
import { isLanguageCode, isPublicOfficialFromMemberState } from './experts';
import { isInstitutionType } from './institutions';
import { LANGUAGES_OF_PUBLICATION } from './labels';
import { allowedTransitions } from './state-machine';
import { REQUEST_LIFECYCLE } from './lifecycles';
import { instrumentValidOn } from './instruments';
import { isMigrationPolicySupported, RESULT_TYPES } from './monitoring';
import { findPhase, phaseOn, PHASES } from './phases';
import { eligibleMembersOn, findBeneficiary, findRegionalOrganisation, REGIONAL_ORGANISATIONS } from './regional-organisations';
import { isRegion, REGION_LABELS, REGIONS } from './regions';
import { isSubTopicCode, isThematicAreaCode, SUB_TOPIC_CODES, THEMATIC_AREAS, thematicAreaOfSubTopic } from './thematic-areas';

describe('thematic areas', () => {
  it('are the five of the brochure, in English and French, with their sub-topics', () => {
    expect(THEMATIC_AREAS.map((a) => a.code)).toEqual([
      'LEGAL_MIGRATION_AND_MOBILITY',
      'MIGRATION_AND_DEVELOPMENT',
      'IRREGULAR_MIGRATION_AND_TRAFFICKING',
      'INTERNATIONAL_PROTECTION_AND_ASYLUM',
      'HORIZONTAL_INTERVENTIONS',
    ]);
    expect(THEMATIC_AREAS[3].label.FR).toBe("Protection internationale et politique d'asile");
    expect(new Set(SUB_TOPIC_CODES).size).toBe(SUB_TOPIC_CODES.length);
    for (const code of SUB_TOPIC_CODES)
      expect(THEMATIC_AREAS.find((a) => a.code === thematicAreaOfSubTopic(code))!.subTopics.map((t) => t.code)).toContain(code);
    expect(isThematicAreaCode('MIGRATION_AND_DEVELOPMENT')).toBe(true);
    expect(isThematicAreaCode('MIGRATION')).toBe(false);
    expect(isSubTopicCode('REMITTANCES')).toBe(true);
    expect(isSubTopicCode('TAXES')).toBe(false);
  });
});

describe('countries', () => {
  it('cover every ISO country with English and French names', () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(249);
    for (const c of COUNTRIES) {
      expect(c.name.EN).toBeTruthy();
      expect(c.name.FR).toBeTruthy();
    }
    expect(findCountry('ci')!.name).toEqual({ EN: "Cote d'Ivoire", FR: "Côte-d'Ivoire" });
    expect(findCountry('QQ')).toBeUndefined();
  });

  it('place partners in their reporting regions with their instruments', () => {
    expect(findCountry('SN')).toMatchObject({ region: 'AFRICA', status: 'PARTNER', instruments: ['EDF', 'NDICI'] });
    expect(findCountry('UA')).toMatchObject({ region: 'EASTERN_NEIGHBOURHOOD', instruments: ['ENPI', 'ENI', 'NDICI'] });
    expect(findCountry('TN')!.region).toBe('SOUTHERN_NEIGHBOURHOOD');
    expect(findCountry('CU')).toMatchObject({ region: 'LATIN_AMERICA_AND_CARIBBEAN', instruments: ['DCI', 'NDICI'] });
    expect(findCountry('KG')!.region).toBe('ASIA_AND_PACIFIC');
    expect(findCountry('NC')).toMatchObject({ region: 'OVERSEAS_COUNTRIES_AND_TERRITORIES', instruments: ['OAD'] });
    expect(findCountry('DE')).toMatchObject({ euMemberState: true, status: 'EU_MEMBER_STATE', region: null });
    expect([isEuMemberState('DE'), isEuMemberState('se'), isEuMemberState('SN'), isEuMemberState('GB')]).toEqual([true, true, false, false]);
    expect(SUB_SAHARAN_AFRICA.length + CARIBBEAN_ACP.length + PACIFIC_ACP.length).toBe(79);
    expect(EU_MEMBER_STATES).toHaveLength(27);
  });

  it('follow the instruments over time', () => {
    expect(countryInstrumentsOn('MA', '2013-12-31')).toEqual(['ENPI']);
    expect(countryInstrumentsOn('MA', '2014-01-01')).toEqual(['ENI']);
    expect(countryInstrumentsOn('MA', '2021-01-01')).toEqual(['NDICI']);
    expect(countryInstrumentsOn('QQ', '2021-01-01')).toEqual([]);
    expect(isCountryEligibleOn('MA', '2021-01-01')).toBe(true);
    expect(isCountryEligibleOn('FR', '2021-01-01')).toBe(false);
    expect(instrumentValidOn('OAD', '2030-01-01')).toBe(true);
    expect(instrumentValidOn('DCI', '2021-01-01')).toBe(false);
  });
});

describe('regional organisations', () => {
  it('are beneficiaries whose codes never collide with a country code', () => {
    for (const organisation of REGIONAL_ORGANISATIONS) {
      expect(findCountry(organisation.code)).toBeUndefined();
      expect(findBeneficiary(organisation.code.toLowerCase())).toMatchObject({ kind: 'REGIONAL_ORGANISATION', code: organisation.code });
      for (const member of organisation.memberStates) expect(findCountry(member)).toBeDefined();
    }
    expect(findBeneficiary('SN')).toMatchObject({ kind: 'COUNTRY', code: 'SN' });
    expect(findBeneficiary('NOPE')).toBeUndefined();
    expect(findRegionalOrganisation('ecowas')!.memberStates).toHaveLength(15);
  });

  it('count their eligible members on a date', () => {
    const asean = findRegionalOrganisation('ASEAN')!;
    expect(eligibleMembersOn(asean, '2018-01-01')).not.toContain('SG');
    expect(eligibleMembersOn(asean, '2018-01-01')).toContain('PH');
  });
});

describe('dates', () => {
  it.each([
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-10-31', 3, '2027-01-31'],
    ['2026-03-15', -3, '2025-12-15'],
  ])('%s + %i months is %s', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });

  it('stay in range and keep order', () => {
    const date = fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, date, fc.integer({ min: 0, max: 60 }), (a, b, months) => {
        const later = addCalendarMonths(a, months);
        expect(isIsoDate(later)).toBe(true);
        expect(later >= a).toBe(true);
        if (a <= b) expect(addCalendarMonths(a, months) <= addCalendarMonths(b, months)).toBe(true);
      }),
    );
  });

  it('know real calendar dates and overlaps', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(isIsoDate(20270101)).toBe(false);
    expect(rangesOverlap({ from: '2026-01-01', to: '2026-01-05' }, { from: '2026-01-05', to: '2026-01-09' })).toBe(true);
    expect(rangesOverlap({ from: '2026-01-01', to: '2026-01-04' }, { from: '2026-01-05', to: '2026-01-09' })).toBe(false);
  });
});

describe('phases', () => {
  it.each([
    ['2008-12-31', null],
    ['2009-01-01', 'MIEUX_I'],
    ['2011-12-31', 'MIEUX_I'],
    ['2012-01-01', 'MIEUX_II'],
    ['2016-01-01', 'MIEUX_III'],
    ['2020-03-31', 'MIEUX_III'],
    ['2020-04-01', 'MIEUX_PLUS'],
    ['2024-03-31', 'MIEUX_PLUS'],
    ['2024-04-01', null],
  ])('%s is in %s', (date, phase) => {
    expect(phaseOn(date)).toBe(phase);
  });

  it('are contiguous', () => {
    for (let i = 1; i < PHASES.length; i += 1) expect(addCalendarMonths(PHASES[i - 1].to, 0) < PHASES[i].from).toBe(true);
    expect(findPhase('MIEUX_II')!.from).toBe('2012-01-01');
    expect(findPhase('MIEUX_IV')).toBeUndefined();
  });
});

describe('codes', () => {
  it('recognise activities, formats, languages, regions, institutions and results', () => {
    expect(ACTIVITY_TYPES.every((type) => ACTIVITY_FORMATS.some((f) => f.type === type))).toBe(true);
    expect(isFormatOfType('INFORMATION_EXCHANGE', 'STUDY_VISIT')).toBe(true);
    expect(isFormatOfType('TRAINING', 'STUDY_VISIT')).toBe(false);
    expect(isActivityType('TRAINING')).toBe(true);
    expect(isActivityType('PARTY')).toBe(false);
    expect(isLanguageCode('fr')).toBe(true);
    expect(isLanguageCode('xx')).toBe(false);
    expect(isRegion('AFRICA')).toBe(true);
    expect(isRegion('EUROPE')).toBe(false);
    expect(REGIONS.every((r) => REGION_LABELS[r].FR.length > 0)).toBe(true);
    expect(isInstitutionType('PARLIAMENT')).toBe(true);
    expect(RESULT_TYPES.filter(isMigrationPolicySupported)).toEqual(['POLICY', 'STRATEGY']);
    expect(isPublicOfficialFromMemberState({ publicOfficial: true, employerType: 'EU_MEMBER_STATE_ADMINISTRATION' })).toBe(true);
    expect(isPublicOfficialFromMemberState({ publicOfficial: true, employerType: 'PARTNER_COUNTRY_ADMINISTRATION' })).toBe(false);
    expect(LANGUAGES_OF_PUBLICATION).toEqual(['EN', 'FR']);
    expect(allowedTransitions(REQUEST_LIFECYCLE, 'ARCHIVED' as never)).toEqual([]);
    expect(new DomainError('X', 'y')).toMatchObject({ code: 'X', message: 'y', name: 'DomainError' });
  });
});
