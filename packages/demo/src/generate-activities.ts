import { ACTIVITY_FORMATS, defaultWorkingLanguages, findBeneficiary } from '@mieux/domain';
import { FACTSHEET } from './figures';
import { BENEFICIARY_CITIES, SEAT_COUNTRY } from './places';
import type { DemoAction, DemoActivity, DemoDeployment, DemoExpert } from './portfolio';
import { addDays, demoId, type Random } from './random';

/** A kick-off exchange first, then training, policy work and practical tools, as Action Fiches plan them. */
const SEQUENCE = ['INFORMATION_EXCHANGE', 'TRAINING', 'POLICY_WORK', 'TRAINING', 'PRACTICAL_TOOLS', 'INFORMATION_EXCHANGE', 'POLICY_WORK'];
const EXPERTS_PER_TYPE: Record<string, number> = { INFORMATION_EXCHANGE: 3, TRAINING: 2, POLICY_WORK: 2, PRACTICAL_TOOLS: 1 };

function formatsOf(type: string): readonly { code: string; label: { EN: string } }[] {
  return ACTIVITY_FORMATS.filter((f) => f.type === type);
}

/**
 * Activities of every Action: 5 to 7 each, the first within three months of approval for most,
 * every tenth Action with one cancelled; statuses follow the Action's stage at the programme's close.
 */
export function generateActivities(random: Random, replica: number, actions: DemoAction[]): DemoActivity[] {
  const out: DemoActivity[] = [];
  let n = 0;
  actions.forEach((action, i) => {
    const historic = i < FACTSHEET.actions;
    const count = historic ? 5 + (i % 3 === 0 ? 1 : 0) + (i % 7 === 0 ? 1 : 0) : 6 + (i % 2);
    const stage = historic ? 'DONE' : mieuxPlusStage(i - FACTSHEET.actions);
    let start = addDays(action.approvedOn, i % 9 === 4 ? random.int(100, 140) : random.int(25, 85));
    const place =
      findBeneficiary(action.beneficiaryCode)?.kind === 'REGIONAL_ORGANISATION'
        ? (SEAT_COUNTRY[action.beneficiaryCode] ?? action.beneficiaryCode)
        : action.beneficiaryCode;
    for (let k = 0; k < count + (i % 10 === 0 ? 1 : 0); k += 1, n += 1) {
      const cancelled = k === count;
      const type = SEQUENCE[k % SEQUENCE.length];
      const format = random.pick(formatsOf(type));
      const online = random.chance(action.approvedOn >= '2020-03-01' ? 0.25 : 0.05);
      const endsOn = addDays(start, random.int(0, 3));
      out.push({
        id: demoId(`activity-${replica}`, n),
        actionId: action.id,
        type,
        format: format.code,
        title: `${format.label.EN}: ${action.title.split(':')[0]}`,
        startsOn: start,
        endsOn,
        countryCode: place,
        city: online ? null : (BENEFICIARY_CITIES[action.beneficiaryCode] ?? null),
        online,
        workingLanguages: defaultWorkingLanguages(place),
        status: cancelled ? 'CANCELLED' : activityStatus(stage, k, count),
      });
      start = addDays(endsOn, random.int(40, 80));
    }
    action.status = actionStatus(stage);
  });
  return out;
}

type Stage = 'DONE' | 'COMPLETED' | 'RUNNING' | 'PLANNED';

/** Where each MIEUX+ Action stood at the close: most closed, the last ones running or about to start. */
function mieuxPlusStage(index: number): Stage {
  if (index < 20) return 'DONE';
  if (index < 23) return 'COMPLETED';
  if (index < 27) return 'RUNNING';
  return 'PLANNED';
}

function activityStatus(stage: Stage, k: number, count: number): string {
  if (stage === 'DONE' || stage === 'COMPLETED') return 'HELD';
  if (stage === 'RUNNING') return k < Math.ceil(count / 2) ? 'HELD' : k === Math.ceil(count / 2) ? 'CONFIRMED' : 'PLANNED';
  return k === 0 ? 'CONFIRMED' : 'PLANNED';
}

function actionStatus(stage: Stage): string {
  return { DONE: 'CLOSED', COMPLETED: 'COMPLETED', RUNNING: 'IN_IMPLEMENTATION', PLANNED: 'PLANNED' }[stage];
}

/**
 * Deploys experts to every activity not cancelled, taking them in turn from the pool of the
 * Action's period so that every expert of the pool serves, and never one on overlapping dates.
 */
export function deployExperts(replica: number, activities: DemoActivity[], pool: DemoExpert[], idOffset: number): DemoDeployment[] {
  const bookings = new Map<string, { from: string; to: string }[]>();
  const deployments: DemoDeployment[] = [];
  let pointer = 0;
  const ordered = [...activities].filter((a) => a.status !== 'CANCELLED').sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.id.localeCompare(b.id));
  for (const activity of ordered) {
    const onThis = new Set<string>();
    for (let slot = 0; slot < EXPERTS_PER_TYPE[activity.type]; slot += 1) {
      for (let tries = 0; tries < pool.length; tries += 1) {
        const expert = pool[(pointer + tries) % pool.length];
        const busy = bookings.get(expert.id) ?? [];
        if (onThis.has(expert.id) || busy.some((b) => b.from <= activity.endsOn && activity.startsOn <= b.to)) continue;
        busy.push({ from: activity.startsOn, to: activity.endsOn });
        bookings.set(expert.id, busy);
        onThis.add(expert.id);
        deployments.push({
          id: demoId(`deployment-${replica}`, idOffset + deployments.length),
          activityId: activity.id,
          expertId: expert.id,
          role: slot === 0 ? 'LEAD_EXPERT' : 'EXPERT',
        });
        pointer = (pointer + tries + 1) % pool.length;
        break;
      }
    }
  }
  return deployments;
}
