import { assessEligibility, type EligibilityInput } from './eligibility';

const national = { name: 'Ministry of the Interior', type: 'NATIONAL_INSTITUTION' };
/** Each reason as its code and the input field it points at. */
const pointers = (input: Partial<EligibilityInput>) =>
  assessEligibility({ countryCode: 'SN', requestDate: '2018-05-02', institutions: [national], ...input }).reasons.map((r) => [r.code, r.field]);

describe('each reason points at the field to correct', () => {
  it('the request date', () => {
    expect(pointers({ requestDate: '2018-02-30' })).toEqual([['REQUEST_DATE_INVALID', 'requestDate']]);
  });

  it('the beneficiary, quoting the code given', () => {
    const unknown = (countryCode: unknown) =>
      assessEligibility({ countryCode: countryCode as string, requestDate: '2018-05-02', institutions: [national] }).reasons[0];
    expect(unknown('QQ')).toMatchObject({ field: 'countryCode', message: { EN: '"QQ" is neither a known country code nor a known regional organisation.' } });
    expect(unknown(undefined).message.FR).toBe("«  » n'est ni un code de pays connu ni une organisation régionale connue.");
    const organisation = { name: 'MERCOSUR secretariat', type: 'REGIONAL_ORGANISATION' };
    expect(pointers({ countryCode: 'MERCOSUR', requestDate: '2005-01-01', institutions: [organisation] })).toEqual([
      ['REGIONAL_ORGANISATION_NO_ELIGIBLE_MEMBER', 'countryCode'],
    ]);
  });

  it('the institutions', () => {
    expect(pointers({ institutions: [] })).toEqual([
      ['COUNTRY_ELIGIBLE', undefined],
      ['NO_INSTITUTION', 'institutions'],
    ]);
    expect(pointers({ countryCode: 'ECOWAS', institutions: [] })).toEqual([
      ['REGIONAL_ORGANISATION_ELIGIBLE', undefined],
      ['NO_INSTITUTION', 'institutions'],
    ]);
    expect(pointers({ countryCode: 'ECOWAS' })).toEqual([
      ['REGIONAL_ORGANISATION_ELIGIBLE', undefined],
      ['REGIONAL_ORGANISATION_TYPE_MISMATCH', 'institutions'],
    ]);
    expect(pointers({ institutions: [{ type: 'CIVIL_SOCIETY_ORGANISATION' } as never] })).toEqual([
      ['COUNTRY_ELIGIBLE', undefined],
      ['INSTITUTION_NAME_MISSING', 'institutions.0.name'],
      ['CSO_WITHOUT_GOVERNMENT_PARTNER', 'institutions'],
    ]);
    expect(
      pointers({
        requestDate: '2015-05-02',
        institutions: [national, { name: 'Regional parliament', type: 'PARLIAMENT' }, { name: 'ECOWAS', type: 'REGIONAL_ORGANISATION' }],
      }),
    ).toEqual([
      ['COUNTRY_ELIGIBLE', undefined],
      ['INSTITUTION_TYPE_NOT_ACCEPTED_BEFORE_2016', 'institutions.1.type'],
      ['INSTITUTION_IS_NOT_A_COUNTRY_BODY', 'institutions.2.type'],
      ['JOINT_REQUEST', undefined],
    ]);
  });
});

describe('a civil society organisation', () => {
  it('requests jointly with a local institution, which counts as government', () => {
    const result = assessEligibility({
      countryCode: 'SN',
      requestDate: '2018-05-02',
      institutions: [
        { name: 'Dakar city council', type: 'LOCAL_INSTITUTION' },
        { name: 'Migrants association', type: 'CIVIL_SOCIETY_ORGANISATION' },
      ],
    });
    expect(result.eligible).toBe(true);
    expect(result.reasons.map((r) => r.code)).toEqual(['COUNTRY_ELIGIBLE', 'JOINT_REQUEST']);
  });
});
