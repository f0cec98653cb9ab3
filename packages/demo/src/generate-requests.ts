import { findBeneficiary, THEMATIC_AREAS } from '@mieux/domain';
import { CLOSING, FACTSHEET, OTHER_REQUESTS } from './figures';
import { BENEFICIARIES } from './places';
import type { DemoAction, DemoInstitution, DemoRequest, DemoTransition } from './portfolio';
import { addDays, demoId, type Random } from './random';

/** References count per year across copies of the portfolio, so they stay unique at any scale. */
export class ReferenceCounter {
  private readonly counts = new Map<string, number>();
  next(prefix: string, date: string): string {
    const key = `${prefix}-${date.slice(0, 4)}`;
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    return `${key}-${String(n).padStart(3, '0')}`;
  }
}

/** West Africa and ECOWAS come first in BENEFICIARIES and twice as often: 14 of 16 states and ECOWAS asked. */
const WEST_AFRICA = BENEFICIARIES.slice(0, 15);
const ROTATION = [...BENEFICIARIES.slice(0, 15), ...BENEFICIARIES.slice(15, 40), ...WEST_AFRICA, ...BENEFICIARIES.slice(40)].filter(
  (code) => findBeneficiary(code) !== undefined,
);

const GOVERNMENT_TYPES_SINCE_2016 = ['NATIONAL_INSTITUTION', 'LOCAL_INSTITUTION', 'JUDICIARY', 'PROSECUTORS_OFFICE', 'OMBUDSPERSON', 'PARLIAMENT'];
const INSTITUTION_NAMES: Record<string, string> = {
  NATIONAL_INSTITUTION: 'Ministry of the Interior',
  LOCAL_INSTITUTION: 'City Council',
  JUDICIARY: 'Supreme Court',
  PROSECUTORS_OFFICE: "Public Prosecutor's Office",
  OMBUDSPERSON: 'Office of the Ombudsperson',
  PARLIAMENT: 'National Assembly, Committee on Migration',
  CIVIL_SOCIETY_ORGANISATION: 'Migrant Rights Network',
};

function nameOf(code: string): string {
  return findBeneficiary(code)?.name.EN ?? code;
}

function institutionsFor(random: Random, beneficiary: string, on: string): DemoInstitution[] {
  const kind = findBeneficiary(beneficiary)?.kind;
  if (kind === 'REGIONAL_ORGANISATION') return [{ name: `${beneficiary} Commission`, type: 'REGIONAL_ORGANISATION', countryCode: null }];
  const type = on < '2016-01-01' ? 'NATIONAL_INSTITUTION' : random.chance(0.6) ? 'NATIONAL_INSTITUTION' : random.pick(GOVERNMENT_TYPES_SINCE_2016);
  const lead = { name: `${INSTITUTION_NAMES[type]}, ${nameOf(beneficiary)}`, type, countryCode: beneficiary };
  if ((type === 'NATIONAL_INSTITUTION' || type === 'LOCAL_INSTITUTION') && on >= '2016-01-01' && random.chance(0.2)) {
    return [
      lead,
      { name: `${INSTITUTION_NAMES.CIVIL_SOCIETY_ORGANISATION} ${nameOf(beneficiary)}`, type: 'CIVIL_SOCIETY_ORGANISATION', countryCode: beneficiary },
    ];
  }
  return [lead];
}

interface Dated {
  expressionOfInterestOn: string;
  letterOn: string;
  assessedOn: string;
  draftedOn: string;
}

function stepsBefore(random: Random, decidedOn: string): Dated {
  const expressionOfInterestOn = addDays(decidedOn, -random.int(70, 140));
  const letterOn = addDays(expressionOfInterestOn, random.int(15, 25));
  const assessedOn = addDays(letterOn, random.int(5, 10));
  return { expressionOfInterestOn, letterOn, assessedOn, draftedOn: addDays(assessedOn, random.int(10, 20)) };
}

const PATH = ['EXPRESSION_OF_INTEREST', 'SUBMITTED', 'ELIGIBLE', 'ACTION_FICHE_DRAFTED'] as const;

function history(steps: Dated, upTo: number, last?: { to: string; on: string; role: string; reason: string | null }): DemoTransition[] {
  const dates = [steps.expressionOfInterestOn, steps.letterOn, steps.assessedOn, steps.draftedOn];
  const roles = ['PARTNER', 'PROJECT_OFFICER', 'PROJECT_OFFICER', 'PROJECT_OFFICER'];
  const out: DemoTransition[] = PATH.slice(0, upTo).map((to, i) => ({ from: i === 0 ? null : PATH[i - 1], to, on: dates[i], role: roles[i], reason: null }));
  if (last) out.push({ from: PATH[upTo - 1], to: last.to, on: last.on, role: last.role, reason: last.reason });
  return out;
}

/** The approved requests and their Actions: 109 approved in 2009-2019, the rest under MIEUX+ to 2023. */
export function generateApprovedRequests(random: Random, replica: number, refs: ReferenceCounter): { requests: DemoRequest[]; actions: DemoAction[] } {
  const requests: DemoRequest[] = [];
  const actions: DemoAction[] = [];
  const plusActions = CLOSING.actions - FACTSHEET.actions;
  for (let i = 0; i < CLOSING.actions; i += 1) {
    const historic = i < FACTSHEET.actions;
    const approvedOn = historic
      ? addDays('2009-02-16', Math.floor((i * 3920) / FACTSHEET.actions))
      : addDays('2020-06-01', Math.floor(((i - FACTSHEET.actions) * 1200) / plusActions));
    const beneficiary = ROTATION[(i + replica * 7) % ROTATION.length];
    const areas = random.sample(THEMATIC_AREAS, random.chance(0.3) ? 2 : 1);
    const subTopics = areas.flatMap((a) => random.sample(a.subTopics, 1).map((t) => t.code));
    const topic = areas[0].subTopics.find((t) => t.code === subTopics[0])?.label.EN ?? areas[0].label.EN;
    const steps = stepsBefore(random, approvedOn);
    const requestId = demoId(`request-${replica}`, i);
    const title = `${topic}: support to ${nameOf(beneficiary)}`;
    const region = findBeneficiary(beneficiary)?.region ?? null;
    requests.push({
      id: requestId,
      reference: refs.next('REQ', steps.expressionOfInterestOn),
      title,
      status: 'APPROVED',
      channel: i % 3 === 0 ? 'EU_DELEGATION' : 'WEBSITE',
      beneficiaryCode: beneficiary,
      institutions: institutionsFor(random, beneficiary, steps.expressionOfInterestOn),
      thematicAreas: areas.map((a) => a.code),
      subTopics,
      description: `Peer-to-peer support on ${topic.toLowerCase()} requested by ${nameOf(beneficiary)}.`,
      contact: { name: `Focal point ${replica}-${i}`, email: `focal.point.${replica}-${i}@example.org`, phone: null },
      expressionOfInterestOn: steps.expressionOfInterestOn,
      officialLetter: {
        reference: `OL/${steps.letterOn.slice(0, 4)}/${replica}-${i}`,
        receivedOn: steps.letterOn,
        channel: i % 3 === 0 ? 'EU_DELEGATION' : 'WEBSITE',
      },
      actionFiche: {
        objectives: `Strengthen the capacity of ${nameOf(beneficiary)} on ${topic.toLowerCase()}.`,
        priorityNeeds: ['Institutional capacity', 'Inter-agency coordination'],
        plannedActivities: [
          { type: 'INFORMATION_EXCHANGE', count: 2 },
          { type: 'TRAINING', count: 2 },
          { type: 'POLICY_WORK', count: 1 },
          { type: 'PRACTICAL_TOOLS', count: 1 },
        ],
        draftedOn: steps.draftedOn,
      },
      decision: { outcome: 'APPROVED', decidedOn: approvedOn, rationale: 'Demand-driven, eligible and feasible within the facility.' },
      withdrawal: null,
      history: history(steps, 4, { to: 'APPROVED', on: approvedOn, role: 'STEERING_COMMITTEE', reason: 'Approved by the Project Steering Committee' }),
    });
    actions.push({
      id: demoId(`action-${replica}`, i),
      requestId,
      reference: refs.next('MIEUX', approvedOn),
      title,
      beneficiaryCode: beneficiary,
      region,
      thematicAreas: areas.map((a) => a.code),
      subTopics,
      approvedOn,
      status: 'PLANNED',
    });
  }
  return { requests, actions };
}

/** Requests that did not become Actions, in every other status, with the reasons that stopped them. */
export function generateOtherRequests(random: Random, replica: number, refs: ReferenceCounter): DemoRequest[] {
  const ineligible: { code: string; type: string; on: string }[] = [
    { code: 'GH', type: 'CIVIL_SOCIETY_ORGANISATION', on: '2017-03-10' },
    { code: 'TN', type: 'LOCAL_INSTITUTION', on: '2013-05-21' },
    { code: 'TR', type: 'NATIONAL_INSTITUTION', on: '2012-09-03' },
    { code: 'RS', type: 'NATIONAL_INSTITUTION', on: '2018-02-14' },
    { code: 'PE', type: 'CIVIL_SOCIETY_ORGANISATION', on: '2019-06-17' },
    { code: 'GE', type: 'OMBUDSPERSON', on: '2014-11-04' },
    { code: 'ME', type: 'NATIONAL_INSTITUTION', on: '2021-04-12' },
    { code: 'KH', type: 'CIVIL_SOCIETY_ORGANISATION', on: '2022-08-29' },
  ];
  const out: DemoRequest[] = [];
  let n = 0;
  for (const [status, count] of Object.entries(OTHER_REQUESTS)) {
    for (let i = 0; i < count; i += 1, n += 1) {
      const isIneligible = status === 'INELIGIBLE';
      const spec = isIneligible ? ineligible[i % ineligible.length] : null;
      const beneficiary = spec?.code ?? ROTATION[(n * 5 + replica) % ROTATION.length];
      const open = ['EXPRESSION_OF_INTEREST', 'SUBMITTED', 'ELIGIBLE', 'ACTION_FICHE_DRAFTED'].includes(status);
      const lastOn = spec ? addDays(spec.on, 30) : open ? addDays('2023-10-02', i * 23) : addDays('2010-03-01', (n * 137) % 5000);
      const steps: Dated = spec
        ? { expressionOfInterestOn: spec.on, letterOn: addDays(spec.on, 20), assessedOn: lastOn, draftedOn: lastOn }
        : stepsBefore(random, lastOn);
      const areas = random.sample(THEMATIC_AREAS, 1);
      const institutions = spec
        ? [{ name: `${INSTITUTION_NAMES[spec.type]}, ${nameOf(beneficiary)}`, type: spec.type, countryCode: beneficiary }]
        : institutionsFor(random, beneficiary, steps.expressionOfInterestOn);
      const reached = status === 'WITHDRAWN' ? 1 + (i % 4) : status === 'REJECTED' ? 4 : isIneligible ? 2 : PATH.indexOf(status as (typeof PATH)[number]) + 1;
      const last =
        status === 'WITHDRAWN'
          ? { to: 'WITHDRAWN', on: lastOn, role: 'PARTNER', reason: 'Priorities changed after a change of government' }
          : status === 'REJECTED'
            ? { to: 'REJECTED', on: lastOn, role: 'STEERING_COMMITTEE', reason: 'Overlaps with an ongoing EU-funded project' }
            : isIneligible
              ? { to: 'INELIGIBLE', on: steps.assessedOn, role: 'PROJECT_OFFICER', reason: 'Eligibility rules not met' }
              : undefined;
      out.push({
        id: demoId(`request-other-${replica}`, n),
        reference: refs.next('REQ', steps.expressionOfInterestOn),
        title: `${areas[0].label.EN}: request from ${nameOf(beneficiary)}`,
        status,
        channel: n % 2 === 0 ? 'WEBSITE' : 'EU_DELEGATION',
        beneficiaryCode: beneficiary,
        institutions,
        thematicAreas: [areas[0].code],
        subTopics: [],
        description: `Request for peer-to-peer expertise on ${areas[0].label.EN.toLowerCase()}.`,
        contact: { name: `Requester ${replica}-${n}`, email: `requester.${replica}-${n}@example.org`, phone: null },
        expressionOfInterestOn: steps.expressionOfInterestOn,
        officialLetter:
          reached >= 2 ? { reference: `OL/${steps.letterOn.slice(0, 4)}/O${replica}-${n}`, receivedOn: steps.letterOn, channel: 'WEBSITE' } : null,
        actionFiche:
          reached >= 4
            ? {
                objectives: 'To be confirmed with the partner.',
                priorityNeeds: ['Capacity development'],
                plannedActivities: [{ type: 'TRAINING', count: 3 }],
                draftedOn: steps.draftedOn,
              }
            : null,
        decision: status === 'REJECTED' ? { outcome: 'REJECTED', decidedOn: lastOn, rationale: last!.reason } : null,
        withdrawal: status === 'WITHDRAWN' ? { on: lastOn, reason: last!.reason } : null,
        history: history(steps, reached, last),
      });
    }
  }
  return out;
}
