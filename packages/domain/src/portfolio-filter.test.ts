import fc from 'fast-check';
import { parsePortfolioKey, parsePortfolioSliceId, portfolioKey, portfolioSliceId } from './portfolio-filter';

describe('portfolio key', () => {
  it('is "all" for no filter and lists set fields in a fixed order', () => {
    expect(portfolioKey(undefined)).toBe('all');
    expect(portfolioKey(null)).toBe('all');
    expect(parsePortfolioKey('all')).toEqual({});
    expect(portfolioKey({ region: null })).toBe('all');
    expect(portfolioKey({ thematicArea: 'MIGRATION_AND_DEVELOPMENT', from: '2016-01-01', region: 'AFRICA' })).toBe(
      'from=2016-01-01;region=AFRICA;thematicArea=MIGRATION_AND_DEVELOPMENT',
    );
  });

  it('reads back every filter it writes', () => {
    const value = fc.stringMatching(/^[A-Z0-9_-]{1,12}$/);
    fc.assert(
      fc.property(
        fc.record({ from: value, to: value, region: value, countryCode: value, thematicArea: value, phase: value }, { requiredKeys: [] }),
        (filter) => {
          expect(parsePortfolioKey(portfolioKey(filter))).toEqual(filter);
        },
      ),
    );
  });

  it.each(['', 'region', 'colour=red', 'region=A;region=B', 'region=A=B', 'to=2019-12-31;from=2009-01-01'])('refuses %p', (key) => {
    expect(() => parsePortfolioKey(key)).toThrow(/portfolio key/);
  });

  it.each(['colour=red', 'region=', 'region=A=B', 'region=A;region=A'])('names %p as no portfolio key at all', (key) => {
    expect(() => parsePortfolioKey(key)).toThrow(`not a portfolio key: ${key}`);
  });

  it('names a key out of the fixed order as not canonical', () => {
    expect(() => parsePortfolioKey('to=2019-12-31;from=2009-01-01')).toThrow('not a canonical portfolio key: to=2019-12-31;from=2009-01-01');
  });
});

describe('slice id', () => {
  it('round-trips and refuses malformed ids', () => {
    const id = portfolioSliceId('region=AFRICA', 'YEAR', '2016');
    expect(parsePortfolioSliceId(id)).toEqual({ key: 'region=AFRICA', filter: { region: 'AFRICA' }, dimension: 'YEAR', value: '2016' });
    expect(() => parsePortfolioSliceId('all|COLOUR|red')).toThrow('not a portfolio slice id');
    expect(() => parsePortfolioSliceId('all|YEAR')).toThrow('not a portfolio slice id');
    expect(() => parsePortfolioSliceId('all|YEAR|1|2')).toThrow('not a portfolio slice id');
  });
});
