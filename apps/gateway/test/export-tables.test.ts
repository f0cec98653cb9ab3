import { actionsTable, portfolioTable, toCsv } from '../src/exports/tables';

describe('export tables', () => {
  it('writes RFC 4180 CSV: CRLF, quotes where needed, empty for null', () => {
    const csv = toCsv({
      name: 't',
      columns: ['a', 'b', 'c'],
      rows: [
        ['plain', 'with, comma', 'with "quotes"\nand a line'],
        [1.5, null, 0],
      ],
    });
    expect(csv).toBe('a,b,c\r\nplain,"with, comma","with ""quotes""\nand a line"\r\n1.5,,0\r\n');
  });

  it('never lets a text run as a spreadsheet formula', () => {
    const csv = toCsv({ name: 't', columns: ['title'], rows: [['=HYPERLINK("x")'], ['+1'], ['-2'], ['@SUM(A1)'], ['ok - fine']] });
    expect(csv.split('\r\n').slice(1, -1)).toEqual([`"'=HYPERLINK(""x"")"`, "'+1", "'-2", "'@SUM(A1)", 'ok - fine']);
  });

  it('puts the whole portfolio first, then each slice', () => {
    const figures = {
      actions: 2,
      activities: 5,
      countriesSupported: 1,
      participants: 40,
      womenParticipants: 20,
      policiesSupported: 1,
      expertsDeployed: 3,
      publicOfficialsFromMemberStates: 2,
      memberStatesRepresented: 2,
      southSouthExperts: 1,
      invitationsSent: 6,
      invitationsAnswered: 4,
      invitationsAccepted: 3,
      medianDaysToAcceptance: 2.5,
      satisfactionRate: 0.9,
      launchedOnTimeRate: null,
      sustainabilityRate: 0.5,
      requests: 4,
    };
    const slice = { ...figures, dimension: 'YEAR', value: '2019', label: '2019' };
    const table = portfolioTable({ ...figures, byThematicArea: [], byRegion: [], byYear: [slice], byCountry: [], byActivityType: [] });
    expect(table.rows).toEqual([
      ['ALL', '', 'All', 2, 5, 1, 40, 20, 1, 3, 2, 2, 1, 6, 4, 3, 2.5, 0.9, null, 0.5, 4],
      ['YEAR', '2019', '2019', 2, 5, 1, 40, 20, 1, 3, 2, 2, 1, 6, 4, 3, 2.5, 0.9, null, 0.5, 4],
    ]);
    expect(table.columns).toContain('southSouthExperts');
    expect(table.columns).toContain('sustainabilityRate');
    expect(table.columns).toContain('medianDaysToAcceptance');
    expect(table.columns).toHaveLength(table.rows[0].length);
  });

  it('lists an Action’s country and thematic areas in one cell each', () => {
    const [row] = actionsTable([
      {
        reference: 'MIEUX-1',
        title: 'T',
        status: 'COMPLETED',
        country: { code: 'SN', name: 'Senegal' },
        region: 'AFRICA',
        thematicAreas: ['A', 'B'],
        approvedOn: '2019-01-01',
        launchTarget: '2019-07-01',
        launchedOn: null,
        phase: null,
        activityCount: 3,
        participants: null,
      },
    ]).rows;
    expect(row).toEqual(['MIEUX-1', 'T', 'COMPLETED', 'SN', 'Senegal', 'AFRICA', 'A B', '2019-01-01', '2019-07-01', null, null, 3, null]);
  });
});
