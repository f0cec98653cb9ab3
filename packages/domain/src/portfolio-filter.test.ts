import fc from 'fast-check';
import { parsePortfolioKey, parsePortfolioSliceId, periodOf, portfolioKey, portfolioSliceId } from './portfolio-filter';

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

describe('the period of a filter', () => {
  it('is open at the ends the filter leaves open', () => {
    expect(periodOf({})).toEqual({ from: null, to: null });
    expect(periodOf({ from: '2016-01-01' })).toEqual({ from: '2016-01-01', to: null });
    expect(periodOf({ to: '2019-12-31', phase: null })).toEqual({ from: null, to: '2019-12-31' });
  });

  it('is the phase, narrowed by the dates given', () => {
    expect(periodOf({ phase: 'MIEUX_III' })).toEqual({ from: '2016-01-01', to: '2020-03-31' });
    expect(periodOf({ phase: 'MIEUX_III', from: '2018-06-01' })).toEqual({ from: '2018-06-01', to: '2020-03-31' });
    expect(periodOf({ phase: 'MIEUX_III', from: '2010-01-01', to: '2030-01-01' })).toEqual({ from: '2016-01-01', to: '2020-03-31' });
    expect(periodOf({ phase: 'MIEUX_III', to: '2017-12-31' })).toEqual({ from: '2016-01-01', to: '2017-12-31' });
  });

  it('selects nothing for an unknown phase, dates outside the phase or an end before the start', () => {
    expect(periodOf({ phase: 'MIEUX_IV' })).toBeNull();
    expect(periodOf({ phase: 'MIEUX_I', from: '2016-01-01' })).toBeNull();
    expect(periodOf({ from: '2020-01-01', to: '2019-12-31' })).toBeNull();
    expect(periodOf({ from: '2020-01-01', to: '2020-01-01' })).toEqual({ from: '2020-01-01', to: '2020-01-01' });
  });
});
