import { COUNTRIES, countryInstrumentsOn, findCountry } from './countries';

describe('countries', () => {
  it('are listed by code', () => {
    const codes = COUNTRIES.map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
    expect(findCountry('af')).toBe(COUNTRIES[COUNTRIES.findIndex((c) => c.code === 'AF')]);
  });

  it.each([
    ['JM', 'LATIN_AMERICA_AND_CARIBBEAN', ['EDF', 'NDICI']],
    ['FJ', 'ASIA_AND_PACIFIC', ['EDF', 'NDICI']],
    ['KZ', 'ASIA_AND_PACIFIC', ['DCI', 'NDICI']],
    ['IQ', 'ASIA_AND_PACIFIC', ['DCI', 'NDICI']],
    ['ZA', 'AFRICA', ['EDF', 'NDICI', 'DCI']],
  ])('%s is a partner of %s under %j', (code, region, instruments) => {
    expect(findCountry(code)).toMatchObject({ status: 'PARTNER', region, instruments });
    expect(countryInstrumentsOn(code, '2018-06-01').length).toBeGreaterThan(0);
  });
});
