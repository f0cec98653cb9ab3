import { iatiActivity, type IatiAction } from '../src/exports/iati';

/**
 * The IATI activity of Actions the demo portfolio does not hold: no country (a regional organisation,
 * or none known), nothing held yet, results and indicators recorded. The schema check of whole files is
 * in the end-to-end exports suite.
 */
const action: IatiAction = {
  id: 'a1',
  reference: 'MIEUX-2024-007',
  activityCount: 0,
  title: 'Border data & <analysis>',
  status: 'PLANNED',
  region: 'AFRICA',
  thematicAreas: ['BORDER_MANAGEMENT', 'NOT_LABELLED'],
  approvedOn: '2024-03-01',
  launchTarget: '2024-09-01',
  launchedOn: null,
  country: null,
  activities: [],
  results: [{ type: 'MIGRATION_POLICY', status: 'ADOPTED', title: 'National policy', date: '2024-06-30' }],
  indicators: [
    {
      name: 'Officials trained',
      unit: 'people',
      baseline: 0,
      periods: [
        { period: '2026', target: 60, actual: null },
        { period: '2024-2025', target: 40, actual: 35 },
      ],
    },
    { name: 'Procedures drafted', unit: 'documents', baseline: 1, periods: [{ period: 'over the Action', target: 3, actual: 2 }] },
    { name: 'Guides published', unit: 'guides', baseline: 0, periods: [] },
  ],
};
const labels = [{ code: 'BORDER_MANAGEMENT', en: 'Border management', fr: 'Gestion des frontières' }];
const xml = (changes: Partial<IatiAction> = {}) => iatiActivity({ ...action, ...changes }, labels, '2024-07-01T00:00:00Z');

describe('an IATI activity', () => {
  it('escapes the title, names an unlabelled area by its code, and says "the partner" when no country is known', () => {
    const activity = xml();
    expect(activity).toContain('<title><narrative>Border data &amp; &lt;analysis&gt;</narrative></title>');
    expect(activity).toContain('to the partner on Border management; NOT_LABELLED, funded');
    expect(activity).toContain('auprès de le partenaire sur Gestion des frontières ; NOT_LABELLED, financée');
  });

  it('without a country, names the DAC region of the Action, or "developing countries, unspecified" without one', () => {
    expect(xml()).toContain('<recipient-region code="298" vocabulary="1" percentage="100"/>');
    expect(xml({ region: null })).toContain('<recipient-region code="998" vocabulary="1" percentage="100"/>');
    expect(xml()).not.toContain('<recipient-country');
  });

  it('dates an Action not launched and without activities by its launch target only', () => {
    expect(xml().match(/<activity-date [^>]*\/>/g)).toEqual(['<activity-date iso-date="2024-09-01" type="1"/>']);
  });

  it('dates a finished Action by its last activity as its actual end, an Action under way as its planned end', () => {
    const activities = [
      { startsOn: '2024-10-01', endsOn: '2024-10-03', deployments: [] },
      { startsOn: '2024-09-10', endsOn: '2024-09-12', deployments: [] },
    ];
    expect(xml({ activities, launchedOn: '2024-09-10', status: 'CLOSED' }).match(/<activity-date [^>]*\/>/g)).toEqual([
      '<activity-date iso-date="2024-09-01" type="1"/>',
      '<activity-date iso-date="2024-09-10" type="2"/>',
      '<activity-date iso-date="2024-10-03" type="4"/>',
    ]);
    expect(xml({ activities, launchedOn: '2024-09-10', status: 'IN_IMPLEMENTATION' })).toContain('<activity-date iso-date="2024-10-03" type="3"/>');
  });

  it('writes a result as an outcome with its status in both languages, and indicators as outputs over their period', () => {
    const activity = xml();
    expect(activity).toContain(
      '<result type="2" aggregation-status="1"><title><narrative>National policy</narrative></title><indicator measure="1"><title><narrative>Migration policy adopted</narrative><narrative xml:lang="fr">Migration policy adopté</narrative></title><period><period-start iso-date="2024-06-30"/><period-end iso-date="2024-06-30"/><actual value="1"/></period></indicator></result>',
    );
    // Periods of years, as recorded; the baseline at the start of the earliest; no actual value yet: no <actual>.
    expect(activity).toContain(
      '<baseline year="2024" iso-date="2024-01-01" value="0"/><period><period-start iso-date="2026-01-01"/><period-end iso-date="2026-12-31"/><target value="60"/></period><period><period-start iso-date="2024-01-01"/><period-end iso-date="2025-12-31"/><target value="40"/><actual value="35"/></period></indicator>',
    );
    // A period in words: the Action's span, from its approval to its last activity (its approval without one).
    expect(activity).toContain(
      '<baseline year="2024" iso-date="2024-03-01" value="1"/><period><period-start iso-date="2024-03-01"/><period-end iso-date="2024-03-01"/><target value="3"/><actual value="2"/></period></indicator>',
    );
    // No period yet: the baseline at the Action's start, and no period.
    expect(activity).toContain(
      '<title><narrative>Guides published (guides)</narrative></title><baseline year="2024" iso-date="2024-03-01" value="0"/></indicator>',
    );
  });

  it('writes no result when the monitoring service answered none', () => {
    expect(xml({ results: null, indicators: null })).not.toContain('<result');
  });

  it('is triangular co-operation when an expert from outside the EU took part, bilateral otherwise', () => {
    const deployed = (euNational: boolean | null) => [
      { startsOn: '2024-09-10', endsOn: '2024-09-12', deployments: [{ expert: euNational === null ? null : { euNational } }] },
    ];
    expect(xml({ activities: deployed(false) })).toContain('<collaboration-type code="8"/>');
    expect(xml({ activities: deployed(true) })).toContain('<collaboration-type code="1"/>');
    expect(xml({ activities: deployed(null) })).toContain('<collaboration-type code="1"/>');
  });
});
