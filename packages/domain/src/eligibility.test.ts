import fc from 'fast-check';
import { assessEligibility, type EligibilityInput } from './eligibility';
import { ELIGIBILITY_REASON_CODES } from './eligibility-messages';
import { INSTITUTION_TYPES } from './institutions';

const national = { name: 'Ministry of the Interior', type: 'NATIONAL_INSTITUTION' };
const assess = (input: Partial<EligibilityInput>) => assessEligibility({ countryCode: 'SN', requestDate: '2018-05-02', institutions: [national], ...input });
const codes = (input: Partial<EligibilityInput>) => assess(input).reasons.map((r) => r.code);
const blocking = (input: Partial<EligibilityInput>) =>
  assess(input)
    .reasons.filter((r) => r.blocking)
    .map((r) => r.code);

describe('the country', () => {
  it('accepts a partner covered by an instrument on the date, naming it', () => {
    const result = assess({});
    expect(result.eligible).toBe(true);
    expect(result.reasons).toEqual([
      {
        code: 'COUNTRY_ELIGIBLE',
        blocking: false,
        message: { EN: 'Senegal is eligible for EU cooperation assistance (EDF).', FR: "Sénégal est éligible à l'aide de coopération de l'UE (EDF)." },
      },
    ]);
    expect(assess({ requestDate: '2022-01-10' }).reasons[0].message.EN).toContain('(NDICI)');
    expect(assess({ countryCode: 'ma', requestDate: '2010-01-01' }).reasons[0].message.EN).toBe('Morocco is eligible for EU cooperation assistance (ENPI).');
    expect(assess({ countryCode: 'ZA', requestDate: '2015-01-01' }).reasons[0].message.EN).toContain('(EDF, DCI)');
    expect(assess({ countryCode: 'CW', requestDate: '2015-01-01' }).eligible).toBe(true);
  });

  it.each([
    ['FR', 'COUNTRY_EU_MEMBER_STATE'],
    ['US', 'COUNTRY_HIGH_INCOME_NON_PARTNER'],
    ['CH', 'COUNTRY_HIGH_INCOME_NON_PARTNER'],
    ['TR', 'COUNTRY_PRE_ACCESSION'],
    ['XK', 'COUNTRY_PRE_ACCESSION'],
    ['RU', 'COUNTRY_NOT_COVERED'],
    ['ZZ', 'COUNTRY_UNKNOWN'],
    ['', 'COUNTRY_UNKNOWN'],
  ])('refuses %s with %s, and for that reason only', (countryCode, code) => {
    const result = assess({ countryCode });
    expect(result.eligible).toBe(false);
    expect(result.reasons.filter((r) => r.blocking)).toEqual([expect.objectContaining({ code, blocking: true, field: 'countryCode' })]);
  });

  it('refuses a partner on a date no instrument covered it', () => {
    expect(blocking({ countryCode: 'PE', requestDate: '2005-06-01' })).toEqual(['COUNTRY_NOT_COVERED']);
  });

  it('tolerates a missing country code as unknown', () => {
    expect(blocking({ countryCode: undefined })).toEqual(['COUNTRY_UNKNOWN']);
  });
});

describe('regional organisations', () => {
  const ecowas = { name: 'ECOWAS Commission', type: 'REGIONAL_ORGANISATION' };
  it('accepts one whose members include eligible partners', () => {
    const result = assess({ countryCode: 'ECOWAS', institutions: [ecowas] });
    expect(result.eligible).toBe(true);
    expect(result.reasons[0]).toMatchObject({
      code: 'REGIONAL_ORGANISATION_ELIGIBLE',
      message: { EN: expect.stringContaining('15 eligible partner countries') },
    });
  });

  it('refuses one without an eligible member on the date', () => {
    expect(blocking({ countryCode: 'MERCOSUR', requestDate: '2005-01-01', institutions: [ecowas] })).toEqual(['REGIONAL_ORGANISATION_NO_ELIGIBLE_MEMBER']);
  });

  it('wants the organisation itself among the requesters, and no organisation for a single country', () => {
    expect(blocking({ countryCode: 'ECOWAS', institutions: [national] })).toEqual(['REGIONAL_ORGANISATION_TYPE_MISMATCH']);
    expect(blocking({ institutions: [ecowas] })).toEqual(['INSTITUTION_IS_NOT_A_COUNTRY_BODY']);
  });
});

describe('the requesting institutions', () => {
  it('needs at least one', () => {
    expect(blocking({ institutions: [] })).toEqual(['NO_INSTITUTION']);
    expect(blocking({ institutions: undefined })).toEqual(['NO_INSTITUTION']);
  });

  it('needs names, known types and known countries, each reported on its field', () => {
    const result = assess({ institutions: [{ name: ' ', type: 'MINISTRY' }, { name: 'Court', type: 'JUDICIARY', countryCode: 'QQ' }, national] });
    expect(result.reasons.filter((r) => r.blocking).map((r) => [r.code, r.field])).toEqual([
      ['INSTITUTION_NAME_MISSING', 'institutions.0.name'],
      ['INSTITUTION_TYPE_UNKNOWN', 'institutions.0.type'],
      ['INSTITUTION_COUNTRY_UNKNOWN', 'institutions.1.countryCode'],
    ]);
    expect(result.reasons.find((r) => r.code === 'INSTITUTION_TYPE_UNKNOWN')!.message.EN).toContain('institution "#1"');
  });

  it.each(['LOCAL_INSTITUTION', 'JUDICIARY', 'PROSECUTORS_OFFICE', 'OMBUDSPERSON', 'PARLIAMENT'])('accepts %s since 2016 but not before', (type) => {
    const institutions = [{ name: 'Requester', type }];
    expect(blocking({ institutions, requestDate: '2016-01-01' })).toEqual([]);
    expect(blocking({ institutions, requestDate: '2015-12-31' })).toEqual(['INSTITUTION_TYPE_NOT_ACCEPTED_BEFORE_2016']);
  });

  describe('a civil society organisation, only jointly with government (a national or local institution)', () => {
    const cso = { name: 'Migrant Rights Network', type: 'CIVIL_SOCIETY_ORGANISATION' };

    it.each([
      ['a national institution', national],
      ['a local institution', { name: 'City of Dakar', type: 'LOCAL_INSTITUTION' }],
    ])('is eligible jointly with %s', (_, government) => {
      const result = assess({ institutions: [cso, government] });
      expect(result.eligible).toBe(true);
      expect(result.reasons.map((r) => [r.code, r.blocking])).toEqual([
        ['COUNTRY_ELIGIBLE', false],
        ['JOINT_REQUEST', false],
      ]);
    });

    it.each(['JUDICIARY', 'PROSECUTORS_OFFICE', 'OMBUDSPERSON', 'PARLIAMENT', 'CIVIL_SOCIETY_ORGANISATION'])(
      'is not eligible with only an institution of type %s beside it',
      (type) => {
        const result = assess({ institutions: [cso, { name: 'Partner', type }] });
        expect(result.eligible).toBe(false);
        expect(result.reasons.filter((r) => r.blocking).map((r) => [r.code, r.field])).toEqual([['CSO_WITHOUT_GOVERNMENT_PARTNER', 'institutions']]);
      },
    );

    it('is not eligible alone, nor jointly before 2016', () => {
      expect(assess({ institutions: [cso] }).eligible).toBe(false);
      expect(blocking({ institutions: [cso] })).toEqual(['CSO_WITHOUT_GOVERNMENT_PARTNER']);
      expect(blocking({ institutions: [cso, national], requestDate: '2014-03-01' })).toEqual(['INSTITUTION_TYPE_NOT_ACCEPTED_BEFORE_2016']);
    });
  });

  it('names the number of institutions of a joint request, and does not call a single one joint', () => {
    expect(
      assess({ institutions: [national, { name: 'City of Dakar', type: 'LOCAL_INSTITUTION' }, { name: 'Parliament', type: 'PARLIAMENT' }] }).reasons.find(
        (r) => r.code === 'JOINT_REQUEST',
      )!.message.EN,
    ).toContain('3');
    expect(codes({})).toEqual(['COUNTRY_ELIGIBLE']);
  });
});

describe('the request date', () => {
  it.each(['2018-02-30', '18-05-02', '', 'yesterday'])('refuses %p and skips the rules that depend on it', (requestDate) => {
    expect(blocking({ requestDate })).toEqual(['REQUEST_DATE_INVALID']);
    expect(blocking({ requestDate, countryCode: 'ECOWAS', institutions: [{ name: 'ECOWAS Commission', type: 'REGIONAL_ORGANISATION' }] })).toEqual([
      'REQUEST_DATE_INVALID',
    ]);
  });

  it('still reports date-independent problems', () => {
    expect(blocking({ requestDate: 'x', countryCode: 'FR', institutions: [] })).toEqual(['REQUEST_DATE_INVALID', 'COUNTRY_EU_MEMBER_STATE', 'NO_INSTITUTION']);
  });
});

describe('laws', () => {
  const input = fc.record({
    countryCode: fc.oneof(fc.constantFrom('SN', 'FR', 'US', 'TR', 'ECOWAS', 'MA', 'ZZ', 'CW', 'PE'), fc.string()),
    requestDate: fc.oneof(fc.constantFrom('2009-03-01', '2015-12-31', '2016-01-01', '2021-06-30'), fc.string()),
    institutions: fc.array(
      fc.record({
        name: fc.oneof(fc.constant(''), fc.string()),
        type: fc.oneof(fc.constantFrom(...INSTITUTION_TYPES), fc.string()),
        countryCode: fc.option(fc.constantFrom('SN', 'QQ')),
      }),
      { maxLength: 4 },
    ),
  });

  it('for an eligible country since 2016, is eligible exactly when there is no CSO or a national or local institution joins it', () => {
    const countryBodies = [
      'NATIONAL_INSTITUTION',
      'LOCAL_INSTITUTION',
      'JUDICIARY',
      'PROSECUTORS_OFFICE',
      'OMBUDSPERSON',
      'PARLIAMENT',
      'CIVIL_SOCIETY_ORGANISATION',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...countryBodies), { minLength: 1, maxLength: 4 }), (types) => {
        const result = assessEligibility({
          countryCode: 'SN',
          requestDate: '2019-04-01',
          institutions: types.map((type, i) => ({ name: `Institution ${i}`, type })),
        });
        const withGovernment = types.includes('NATIONAL_INSTITUTION') || types.includes('LOCAL_INSTITUTION');
        expect(result.eligible).toBe(!types.includes('CIVIL_SOCIETY_ORGANISATION') || withGovernment);
      }),
    );
  });

  it('is eligible exactly when no reason blocks, and every reason has a known code and both languages', () => {
    fc.assert(
      fc.property(input, (i) => {
        const result = assessEligibility(i);
        expect(result.eligible).toBe(!result.reasons.some((r) => r.blocking));
        expect(result.reasons.length).toBeGreaterThan(0);
        for (const reason of result.reasons) {
          expect(ELIGIBILITY_REASON_CODES).toContain(reason.code);
          expect(reason.message.EN.length).toBeGreaterThan(0);
          expect(reason.message.FR.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
