import { IATI, iatiActivityStatus, iatiCollaborationType, iatiPeriod, iatiRecipientRegion, type ActionStatus, type Region } from '@mieux/domain';

/**
 * The Actions as an IATI 2.03 `iati-activities` document (pure): one `iati-activity` per Action, from the
 * graph's answers. The codes and the organisations are the domain's (`IATI`); tested against the official
 * schema in the gateway's end-to-end suite.
 */

const ACTIVITY_FIELDS = 'pageInfo { hasNextPage } edges { node { startsOn endsOn deployments { edges { node { expert { euNational } } } } } }';

/**
 * The GraphQL operation, one page of it, whose answers `iatiActivities` reads. Pages of 10 Actions with 20
 * activities each keep it under the gateway's cost limit; an Action with more is completed by
 * `IATI_ACTIVITIES_QUERY`.
 */
export const IATI_EXPORT_QUERY = `query IatiExport($filter: ActionFilter, $after: String) {
  actions(filter: $filter, first: 10, after: $after) {
    edges { node {
      id reference title status region thematicAreas approvedOn launchTarget launchedOn activityCount
      country { code kind nameEn: name(lang: EN) nameFr: name(lang: FR) }
      activities(first: 20) { ${ACTIVITY_FIELDS} }
      results { type status title date }
      indicators { name unit baseline periods { period target actual } }
    } }
    pageInfo { hasNextPage endCursor }
  }
  thematicAreas { code en: label(lang: EN) fr: label(lang: FR) }
}`;

/** All the activities of one Action (at most 100, the graph's page). */
export const IATI_ACTIVITIES_QUERY = `query IatiActivities($id: ID!) { action(id: $id) { activities(first: 100) { ${ACTIVITY_FIELDS} } } }`;

export interface IatiAction {
  id: string;
  reference: string;
  activityCount: number;
  title: string;
  status: ActionStatus;
  region: Region | null;
  thematicAreas: string[];
  approvedOn: string;
  launchTarget: string;
  launchedOn: string | null;
  country: { code: string; kind: 'COUNTRY' | 'REGIONAL_ORGANISATION'; nameEn: string; nameFr: string } | null;
  activities: { startsOn: string; endsOn: string; deployments: { expert: { euNational: boolean } | null }[] }[];
  results: { type: string; status: 'DRAFTED' | 'ADOPTED'; title: string; date: string }[] | null;
  indicators: { name: string; unit: string; baseline: number; periods: { period: string; target: number; actual: number | null }[] }[] | null;
}

type IatiActivity = IatiAction['activities'][number];

/** An Action's activities as the graph answers them: a connection, each activity's deployments a connection. */
export interface IatiActivitiesAnswer {
  pageInfo: { hasNextPage: boolean };
  edges: { node: Omit<IatiActivity, 'deployments'> & { deployments: { edges: { node: IatiActivity['deployments'][number] }[] } } }[];
}

/** An Action as `IATI_EXPORT_QUERY` answers it. */
export type IatiActionAnswer = Omit<IatiAction, 'activities'> & { activities: IatiActivitiesAnswer };

/** The activities of a connection, each with its deployments, as `iatiActivities` reads them. */
export function activitiesOf(answer: IatiActivitiesAnswer): IatiActivity[] {
  return answer.edges.map(({ node }) => ({ ...node, deployments: node.deployments.edges.map((e) => e.node) }));
}

export type ThematicAreaLabels = { code: string; en: string; fr: string }[];

/** XML text and attribute values, escaped. */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An element: attributes in order (undefined ones left out), children already written. */
function el(name: string, attributes: Record<string, string | number | undefined>, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join('');
  return children.length ? `<${name}${attrs}>${children.join('')}</${name}>` : `<${name}${attrs}/>`;
}

/** Narratives in English (the activity's default language) and, when given, French. */
const narratives = (en: string, fr?: string) => [el('narrative', {}, escape(en)), ...(fr ? [el('narrative', { 'xml:lang': 'fr' }, escape(fr))] : [])];

const RESULT_STATUS = { DRAFTED: { en: 'drafted', fr: 'élaboré' }, ADOPTED: { en: 'adopted', fr: 'adopté' } };
const sentence = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');

function description(action: IatiAction, labels: ThematicAreaLabels): string {
  const areas = action.thematicAreas.map((code) => labels.find((l) => l.code === code) ?? { en: code, fr: code });
  const where = action.country ?? { nameEn: 'the partner', nameFr: 'le partenaire' };
  return el(
    'description',
    { type: '1' },
    ...narratives(
      `MIEUX+ peer-to-peer technical assistance to ${where.nameEn} on ${areas.map((a) => a.en).join('; ')}, funded by the European Union and implemented by ICMPD.`,
      `Assistance technique entre pairs MIEUX+ auprès de ${where.nameFr} sur ${areas.map((a) => a.fr).join(' ; ')}, financée par l'Union européenne et mise en œuvre par l'ICMPD.`,
    ),
  );
}

function dates(action: IatiAction): string[] {
  const ends = action.activities.map((a) => a.endsOn).sort();
  const lastEnd = ends.at(-1);
  const finished = action.status === 'COMPLETED' || action.status === 'CLOSED';
  return [
    el('activity-date', { 'iso-date': action.launchTarget, type: '1' }),
    ...(action.launchedOn ? [el('activity-date', { 'iso-date': action.launchedOn, type: '2' })] : []),
    ...(lastEnd ? [el('activity-date', { 'iso-date': lastEnd, type: finished ? '4' : '3' })] : []),
  ];
}

function recipient(action: IatiAction): string {
  if (action.country?.kind === 'COUNTRY')
    return el('recipient-country', { code: action.country.code, percentage: 100 }, ...narratives(action.country.nameEn, action.country.nameFr));
  return el('recipient-region', { code: action.region ? iatiRecipientRegion(action.region) : '998', vocabulary: '1', percentage: 100 });
}

function results(action: IatiAction): string[] {
  const span = {
    start: action.approvedOn,
    end:
      action.activities
        .map((a) => a.endsOn)
        .sort()
        .at(-1) ?? action.approvedOn,
  };
  const outcomes = (action.results ?? []).map((r) =>
    el(
      'result',
      { type: '2', 'aggregation-status': '1' },
      el('title', {}, ...narratives(r.title)),
      el(
        'indicator',
        { measure: '1' },
        el('title', {}, ...narratives(`${sentence(r.type)} ${RESULT_STATUS[r.status].en}`, `${sentence(r.type)} ${RESULT_STATUS[r.status].fr}`)),
        el('period', {}, el('period-start', { 'iso-date': r.date }), el('period-end', { 'iso-date': r.date }), el('actual', { value: 1 })),
      ),
    ),
  );
  // Each indicator an output: its baseline at the start of its first period, then every period.
  const outputs = (action.indicators ?? []).map((i) => {
    const periods = i.periods.map((p) => ({ ...p, dates: iatiPeriod(p.period, span) }));
    const start = periods.map((p) => p.dates.start).sort()[0] ?? span.start;
    return el(
      'result',
      { type: '1', 'aggregation-status': '1' },
      el('title', {}, ...narratives(i.name)),
      el(
        'indicator',
        { measure: '1', ascending: '1' },
        el('title', {}, ...narratives(`${i.name} (${i.unit})`)),
        el('baseline', { year: start.slice(0, 4), 'iso-date': start, value: i.baseline }),
        ...periods.map((p) =>
          el(
            'period',
            {},
            el('period-start', { 'iso-date': p.dates.start }),
            el('period-end', { 'iso-date': p.dates.end }),
            el('target', { value: p.target }),
            ...(p.actual === null ? [] : [el('actual', { value: p.actual })]),
          ),
        ),
      ),
    );
  });
  return [...outcomes, ...outputs];
}

/** One `iati-activity`. */
export function iatiActivity(action: IatiAction, labels: ThematicAreaLabels, generatedAt: string): string {
  const { funder, implementer } = IATI;
  const org = (name: 'reporting-org' | 'participating-org', o: typeof funder | typeof implementer, role?: string) =>
    el(name, { ref: o.ref, type: o.type, role }, ...narratives(o.name.EN, o.name.FR));
  const partnerExperts = action.activities.some((a) => a.deployments.some((d) => d.expert?.euNational === false));
  return el(
    'iati-activity',
    { 'last-updated-datetime': generatedAt, 'xml:lang': 'en', 'default-currency': IATI.currency, hierarchy: '1' },
    el('iati-identifier', {}, escape(`${implementer.ref}-${action.reference}`)),
    org('reporting-org', implementer),
    el('title', {}, ...narratives(action.title)),
    description(action, labels),
    org('participating-org', funder, funder.role),
    org('participating-org', implementer, implementer.role),
    el('activity-status', { code: iatiActivityStatus(action.status) }),
    ...dates(action),
    recipient(action),
    el('sector', { vocabulary: IATI.sector.vocabulary, code: IATI.sector.code, percentage: 100 }),
    el('policy-marker', { vocabulary: IATI.genderMarker.vocabulary, code: IATI.genderMarker.code, significance: IATI.genderMarker.significance }),
    el('collaboration-type', { code: iatiCollaborationType(partnerExperts) }),
    el('default-flow-type', { code: IATI.flowType }),
    el('default-finance-type', { code: IATI.financeType }),
    el('default-aid-type', { code: IATI.aidType.code, vocabulary: IATI.aidType.vocabulary }),
    ...results(action),
  );
}

/** The whole document. */
export function iatiActivities(actions: readonly IatiAction[], labels: ThematicAreaLabels, generatedAt = new Date().toISOString().slice(0, 19) + 'Z'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${el(
    'iati-activities',
    { version: IATI.version, 'generated-datetime': generatedAt },
    ...actions.map((a) => `\n${iatiActivity(a, labels, generatedAt)}`),
    '\n',
  )}\n`;
}
