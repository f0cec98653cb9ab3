import { IATI, iatiActivityStatus, iatiCollaborationType, iatiPeriod, iatiRecipientRegion } from './publishing';
import { REGIONS } from './regions';

describe('IATI publishing', () => {
  it('publishes under the codes DOMAIN.md names', () => {
    expect(IATI.sector.code).toBe('15190');
    expect(IATI.aidType.code).toBe('D02');
    expect(IATI.genderMarker).toEqual({ vocabulary: '1', code: '1', significance: '1' });
    expect(IATI.funder.role).toBe('1');
    expect(IATI.implementer.role).toBe('4');
  });

  it('maps every Action status to an IATI activity status', () => {
    expect(['PLANNED', 'IN_IMPLEMENTATION', 'COMPLETED', 'CLOSED', 'CANCELLED'].map((s) => iatiActivityStatus(s as never))).toEqual(['1', '2', '3', '4', '5']);
  });

  it('calls co-operation with experts from partner countries triangular', () => {
    expect(iatiCollaborationType(true)).toBe('8');
    expect(iatiCollaborationType(false)).toBe('1');
  });

  it('gives every region a DAC regional code', () => {
    for (const region of REGIONS) expect(iatiRecipientRegion(region)).toMatch(/^\d+$/);
    expect(iatiRecipientRegion('AFRICA')).toBe('298');
  });

  it('reads an indicator period as dates, or falls back to the Action’s', () => {
    const fallback = { start: '2020-03-01', end: '2021-06-30' };
    expect(iatiPeriod('2016-2018', fallback)).toEqual({ start: '2016-01-01', end: '2018-12-31' });
    expect(iatiPeriod(' 2019 ', fallback)).toEqual({ start: '2019-01-01', end: '2019-12-31' });
    expect(iatiPeriod('2019-02-01/2019-11-30', fallback)).toEqual({ start: '2019-02-01', end: '2019-11-30' });
    expect(iatiPeriod('first phase', fallback)).toBe(fallback);
  });
});
