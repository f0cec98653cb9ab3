import {
  ACTION_LIFECYCLE,
  BOOKING_DEPLOYMENT_STATUS,
  STATUS_NOT_COUNTED,
  ACTIVITY_LIFECYCLE,
  DEPLOYMENT_LIFECYCLE,
  REQUEST_LIFECYCLE,
  ROSTER_LIFECYCLE,
  actionReference,
  actionReferenceYear,
  launchedOnOf,
  allowedActionTransitions,
  allowedActivityTransitions,
  allowedRequestTransitions,
  assertActionTransition,
  assertDeploymentTransition,
  assertActivityTransition,
  assertRequestTransition,
  assertRosterTransition,
  canTransitionRequest,
  deriveActionStatus,
  isDeployable,
  isFinalRequestStatus,
  isOpenForDeployment,
  isOpenForPlanning,
  isOpenForRecording,
  opensAnAction,
  releasesDeployments,
  type ActivityStatus,
  REQUEST_STATUSES,
  assertRequestEditable,
  actionFicheDraftMove,
  eligibilityOverrideMove,
  ELIGIBILITY_OVERRIDES,
  DECIDING_BODIES,
  DECISION_OUTCOMES,
  isFinalDecision,
} from './lifecycles';
import { TransitionError } from './errors';
import type { StateMachine } from './state-machine';
import fc from 'fast-check';

/** DOMAIN.md's tables, written out independently of the code. */
const LEGAL: Record<string, [string, string][]> = {
  Request: [
    ['EXPRESSION_OF_INTEREST', 'SUBMITTED'],
    ['SUBMITTED', 'ELIGIBLE'],
    ['SUBMITTED', 'INELIGIBLE'],
    ['ELIGIBLE', 'ACTION_FICHE_DRAFTED'],
    ['ACTION_FICHE_DRAFTED', 'APPROVED'],
    ['ACTION_FICHE_DRAFTED', 'REJECTED'],
    ['EXPRESSION_OF_INTEREST', 'WITHDRAWN'],
    ['SUBMITTED', 'WITHDRAWN'],
    ['ELIGIBLE', 'WITHDRAWN'],
    ['ACTION_FICHE_DRAFTED', 'WITHDRAWN'],
    ['ACTION_FICHE_DRAFTED', 'REVISION_REQUESTED'],
    ['REVISION_REQUESTED', 'ACTION_FICHE_DRAFTED'],
    ['REVISION_REQUESTED', 'WITHDRAWN'],
  ],
  Action: [
    ['PLANNED', 'IN_IMPLEMENTATION'],
    ['IN_IMPLEMENTATION', 'COMPLETED'],
    ['COMPLETED', 'CLOSED'],
    ['PLANNED', 'CANCELLED'],
    ['IN_IMPLEMENTATION', 'CANCELLED'],
    ['COMPLETED', 'CANCELLED'],
  ],
  Activity: [
    ['PLANNED', 'CONFIRMED'],
    ['PLANNED', 'HELD'],
    ['CONFIRMED', 'HELD'],
    ['PLANNED', 'CANCELLED'],
    ['CONFIRMED', 'CANCELLED'],
  ],
  Deployment: [['ACTIVE', 'CANCELLED']],
  Expert: [
    ['APPLIED', 'ACTIVE'],
    ['APPLIED', 'REFUSED'],
    ['APPLIED', 'INACTIVE'],
    ['ACTIVE', 'INACTIVE'],
    ['INACTIVE', 'ACTIVE'],
  ],
};

const machines: [StateMachine<string>, (from: never, to: never) => void][] = [
  [REQUEST_LIFECYCLE, assertRequestTransition],
  [ACTION_LIFECYCLE, assertActionTransition],
  [ACTIVITY_LIFECYCLE, assertActivityTransition],
  [DEPLOYMENT_LIFECYCLE, assertDeploymentTransition],
  [ROSTER_LIFECYCLE, assertRosterTransition],
];

describe.each(machines)('$entity lifecycle', (machine, assert) => {
  const pairs = machine.statuses.flatMap((from) => machine.statuses.map((to) => [from, to] as const));
  const legal = new Set(LEGAL[machine.entity].map(([f, t]) => `${f}>${t}`));

  it.each(pairs)('%s → %s is legal exactly when the table says so', (from, to) => {
    const call = () => assert(from as never, to as never);
    if (legal.has(`${from}>${to}`)) {
      expect(call).not.toThrow();
    } else {
      let error: TransitionError | undefined;
      try {
        call();
      } catch (e) {
        error = e as TransitionError;
      }
      expect(error).toBeInstanceOf(TransitionError);
      expect(error).toMatchObject({ code: 'ILLEGAL_TRANSITION', entity: machine.entity, from, to });
      expect(error!.message).toContain(`${machine.entity} is ${from}`);
      const allowed = LEGAL[machine.entity].filter(([f]) => f === from).map(([, t]) => t);
      expect([...error!.allowed].sort()).toEqual(allowed.sort());
    }
  });
});

describe('requests', () => {
  it('names the allowed moves in the error', () => {
    expect(() => assertRequestTransition('SUBMITTED', 'APPROVED')).toThrow(
      'Request is SUBMITTED; it can move to ELIGIBLE, INELIGIBLE or WITHDRAWN, not APPROVED',
    );
    expect(() => assertRequestTransition('APPROVED', 'WITHDRAWN')).toThrow('Request is APPROVED; it is final, not WITHDRAWN');
    expect(() => assertActivityTransition('CONFIRMED', 'PLANNED')).toThrow('Activity is CONFIRMED; it can move to HELD or CANCELLED, not PLANNED');
    expect(() => assertActionTransition('PLANNED', 'CLOSED')).toThrow('Action is PLANNED; it can move to IN_IMPLEMENTATION or CANCELLED, not CLOSED');
  });

  it('knows the final statuses', () => {
    expect(REQUEST_LIFECYCLE.statuses.filter(isFinalRequestStatus)).toEqual(['INELIGIBLE', 'APPROVED', 'REJECTED', 'WITHDRAWN']);
    expect(allowedRequestTransitions('ELIGIBLE')).toEqual(['ACTION_FICHE_DRAFTED', 'WITHDRAWN']);
    expect(canTransitionRequest('ELIGIBLE', 'APPROVED')).toBe(false);
    expect(allowedActionTransitions('CLOSED')).toEqual([]);
    expect(allowedActivityTransitions('PLANNED')).toEqual(['CONFIRMED', 'HELD', 'CANCELLED']);
  });
});

describe('an Action follows its activities', () => {
  it.each([
    ['PLANNED', [], 'PLANNED'],
    ['PLANNED', ['PLANNED', 'CONFIRMED'], 'PLANNED'],
    ['PLANNED', ['HELD', 'PLANNED'], 'IN_IMPLEMENTATION'],
    ['PLANNED', ['HELD'], 'COMPLETED'],
    ['IN_IMPLEMENTATION', ['HELD', 'CANCELLED', 'HELD'], 'COMPLETED'],
    ['IN_IMPLEMENTATION', ['HELD', 'CONFIRMED'], 'IN_IMPLEMENTATION'],
    ['PLANNED', ['CANCELLED', 'CANCELLED'], 'PLANNED'],
    ['COMPLETED', ['HELD', 'HELD'], 'COMPLETED'],
    ['CANCELLED', ['HELD'], 'CANCELLED'],
    ['CLOSED', ['HELD', 'PLANNED'], 'CLOSED'],
  ] as const)('%s with %j → %s', (current, activities, expected) => {
    expect(deriveActionStatus(current, activities)).toBe(expected);
  });

  it('never moves backwards along the lifecycle, and never closes by itself', () => {
    const status = fc.constantFrom<ActivityStatus>('PLANNED', 'CONFIRMED', 'HELD', 'CANCELLED');
    fc.assert(
      fc.property(fc.array(status), (activities) => {
        const next = deriveActionStatus('IN_IMPLEMENTATION', activities);
        expect(['IN_IMPLEMENTATION', 'COMPLETED']).toContain(next);
      }),
    );
  });
});

describe('Action references', () => {
  it('number Actions within the year of their approval, on three digits at least', () => {
    expect(actionReferenceYear('2016-05-31')).toBe(2016);
    expect(actionReference(2016, 7)).toBe('MIEUX-2016-007');
    expect(actionReference(2016, 1234)).toBe('MIEUX-2016-1234');
  });
});

describe('the launch of an Action', () => {
  it('is the start of its first activity held, whatever the order they come in', () => {
    expect(launchedOnOf([])).toBeNull();
    expect(
      launchedOnOf([
        { status: 'PLANNED', startsOn: '2027-01-01' },
        { status: 'CANCELLED', startsOn: '2027-01-02' },
      ]),
    ).toBeNull();
    expect(
      launchedOnOf([
        { status: 'HELD', startsOn: '2027-03-01' },
        { status: 'CONFIRMED', startsOn: '2027-01-01' },
        { status: 'HELD', startsOn: '2027-02-10' },
        { status: 'HELD', startsOn: '2027-04-01' },
      ]),
    ).toBe('2027-02-10');
  });
});

describe('what an Action and an activity are open to', () => {
  it.each([
    ['PLANNED', true],
    ['IN_IMPLEMENTATION', true],
    ['COMPLETED', false],
    ['CLOSED', false],
    ['CANCELLED', false],
  ])('an Action %s takes new activities: %s', (status, open) => {
    expect(isOpenForPlanning(status)).toBe(open);
  });

  it.each([
    ['PLANNED', true],
    ['CONFIRMED', true],
    ['HELD', false],
    ['CANCELLED', false],
  ])('an activity %s takes expert deployments: %s', (status, open) => {
    expect(isOpenForDeployment(status)).toBe(open);
  });

  it('opens an Action from an approved request only, deploys active experts only, records for activities not cancelled', () => {
    expect(REQUEST_LIFECYCLE.statuses.filter(opensAnAction)).toEqual(['APPROVED']);
    expect(ROSTER_LIFECYCLE.statuses.filter(isDeployable)).toEqual(['ACTIVE']);
    expect(ACTIVITY_LIFECYCLE.statuses.filter(isOpenForRecording)).toEqual(['HELD']);
    expect(ACTIVITY_LIFECYCLE.statuses.filter(releasesDeployments)).toEqual(['CANCELLED']);
  });

  it('refuses statuses it does not know', () => {
    expect(isOpenForPlanning('DRAFT')).toBe(false);
    expect(isOpenForDeployment('DRAFT')).toBe(false);
  });
});

describe('what the portfolio counts and what books an expert', () => {
  it('leaves cancelled Actions and activities out, and counts active deployments', () => {
    expect(STATUS_NOT_COUNTED).toBe('CANCELLED');
    expect(BOOKING_DEPLOYMENT_STATUS).toBe('ACTIVE');
    expect(releasesDeployments(STATUS_NOT_COUNTED)).toBe(true);
    expect(isOpenForRecording(STATUS_NOT_COUNTED)).toBe(false);
  });
});

describe('corrections and decisions of a request', () => {
  it('corrects a request until its eligibility is assessed, saying when it may', () => {
    expect(() => assertRequestEditable('EXPRESSION_OF_INTEREST')).not.toThrow();
    expect(() => assertRequestEditable('SUBMITTED')).not.toThrow();
    for (const status of REQUEST_STATUSES.filter((s) => s !== 'EXPRESSION_OF_INTEREST' && s !== 'SUBMITTED')) {
      expect(() => assertRequestEditable(status)).toThrow(`Request is ${status}; it is corrected only while EXPRESSION_OF_INTEREST or SUBMITTED`);
    }
    expect(() => assertRequestEditable('ELIGIBLE')).toThrow(expect.objectContaining({ from: 'ELIGIBLE', allowed: ['EXPRESSION_OF_INTEREST', 'SUBMITTED'] }));
  });

  it('drafts an Action Fiche first from ELIGIBLE, again after a revision is asked, and revises it until the decision', () => {
    expect(actionFicheDraftMove('ELIGIBLE')).toEqual({ to: 'ACTION_FICHE_DRAFTED', revision: false });
    expect(actionFicheDraftMove('REVISION_REQUESTED')).toEqual({ to: 'ACTION_FICHE_DRAFTED', revision: true });
    expect(actionFicheDraftMove('ACTION_FICHE_DRAFTED')).toEqual({ to: 'ACTION_FICHE_DRAFTED', revision: true });
    for (const status of ['EXPRESSION_OF_INTEREST', 'SUBMITTED', 'INELIGIBLE', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const) {
      expect(() => actionFicheDraftMove(status)).toThrow(TransitionError);
    }
  });

  it('lets a project officer override the eligibility result until the fiche is drafted', () => {
    expect(eligibilityOverrideMove('SUBMITTED', true)).toBe('ELIGIBLE');
    expect(eligibilityOverrideMove('SUBMITTED', false)).toBe('INELIGIBLE');
    expect(eligibilityOverrideMove('INELIGIBLE', true)).toBe('ELIGIBLE');
    expect(eligibilityOverrideMove('ELIGIBLE', false)).toBe('INELIGIBLE');
    expect(() => eligibilityOverrideMove('ELIGIBLE', true)).toThrow('Request is ELIGIBLE; it can move to INELIGIBLE, not ELIGIBLE');
    expect(() => eligibilityOverrideMove('ACTION_FICHE_DRAFTED', false)).toThrow('Request is ACTION_FICHE_DRAFTED; it is final, not INELIGIBLE');
    expect(Object.keys(ELIGIBILITY_OVERRIDES)).toEqual(['SUBMITTED', 'ELIGIBLE', 'INELIGIBLE']);
  });

  it('knows the Steering Committee: its members and which decisions are final', () => {
    expect(DECIDING_BODIES).toEqual(['DG_INTPA', 'DG_HOME', 'DG_NEAR', 'EEAS']);
    expect(DECISION_OUTCOMES.filter(isFinalDecision)).toEqual(['APPROVED', 'REJECTED']);
    expect(allowedRequestTransitions('REVISION_REQUESTED')).toEqual(['ACTION_FICHE_DRAFTED', 'WITHDRAWN']);
  });
});
