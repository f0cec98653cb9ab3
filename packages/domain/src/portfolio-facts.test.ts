import { emptyPortfolioFacts, foldPortfolioEvent, loadPortfolioFacts, PORTFOLIO_EVENT_TYPES, type PortfolioEvent } from './portfolio-facts';

const ev = (type: string, payload: Record<string, unknown>): PortfolioEvent => ({ type, payload });

const created = ev('ActionCreated', {
  actionId: 'a1',
  beneficiaryCode: 'GH',
  region: 'WEST_AFRICA',
  approvedOn: '2020-02-01',
  thematicAreas: ['MIGRATION_AND_DEVELOPMENT'],
  status: 'PLANNED',
});

describe('the portfolio fold', () => {
  it('keeps the facts each event tells, and says which it set', () => {
    const facts = emptyPortfolioFacts();
    expect(foldPortfolioEvent(facts, created)).toEqual([{ kind: 'actions', fact: expect.objectContaining({ id: 'a1', region: 'WEST_AFRICA' }) }]);
    foldPortfolioEvent(facts, ev('ActionStatusChanged', { actionId: 'a1', from: 'PLANNED', to: 'IN_IMPLEMENTATION' }));
    expect(facts.actions.get('a1')!.status).toBe('IN_IMPLEMENTATION');
    foldPortfolioEvent(facts, ev('ActionClosed', { actionId: 'a1', from: 'COMPLETED' }));
    expect(facts.actions.get('a1')!.status).toBe('CLOSED');
    foldPortfolioEvent(facts, ev('ActionCancelled', { actionId: 'a1', from: 'PLANNED' }));
    expect(facts.actions.get('a1')!.status).toBe('CANCELLED');

    foldPortfolioEvent(
      facts,
      ev('ActivityPlanned', { activityId: 't1', actionId: 'a1', type: 'TRAINING', startsOn: '2020-05-01', endsOn: '2020-05-02', status: 'PLANNED' }),
    );
    foldPortfolioEvent(facts, ev('ActivityRescheduled', { activityId: 't1', actionId: 'a1', startsOn: '2021-01-04', endsOn: '2021-01-05' }));
    foldPortfolioEvent(facts, ev('ActivityStatusChanged', { activityId: 't1', actionId: 'a1', from: 'PLANNED', to: 'HELD' }));
    expect(facts.activities.get('t1')).toEqual({ id: 't1', actionId: 'a1', type: 'TRAINING', startsOn: '2021-01-04', status: 'HELD' });

    foldPortfolioEvent(facts, ev('ExpertDeployed', { deploymentId: 'd1', activityId: 't1', expertId: 'e1' }));
    foldPortfolioEvent(facts, ev('ExpertDeployed', { deploymentId: 'd2', activityId: 't1', expertId: 'e2' }));
    foldPortfolioEvent(facts, ev('DeploymentCancelled', { deploymentId: 'd1', activityId: 't1', expertId: 'e1' }));
    foldPortfolioEvent(facts, ev('DeploymentEnded', { deploymentId: 'd2', activityId: 't1', expertId: 'e2' }));
    expect([...facts.deployments.values()].map((d) => d.active)).toEqual([false, false]);

    foldPortfolioEvent(facts, ev('ExpertFactsChanged', { expertId: 'e1', employerType: 'ACADEMIA', publicOfficial: false, memberState: null }));
    foldPortfolioEvent(
      facts,
      ev('ExpertFactsChanged', { expertId: 'e2', employerType: 'EU_MEMBER_STATE_ADMINISTRATION', publicOfficial: true, memberState: 'FR' }),
    );
    expect(facts.experts.get('e2')).toEqual({ id: 'e2', employerType: 'EU_MEMBER_STATE_ADMINISTRATION', publicOfficial: true, memberState: 'FR' });
    expect(facts.experts.get('e1')!.publicOfficial).toBe(false);

    foldPortfolioEvent(facts, ev('ParticipationRecorded', { activityId: 't1', actionId: 'a1', total: 20, women: 9, men: 10, undisclosed: 1 }));
    foldPortfolioEvent(facts, ev('ParticipationRecorded', { activityId: 't1', actionId: 'a1', total: 22, women: 10, men: 11, undisclosed: 1 }));
    expect(facts.participation.get('t1')).toEqual({ id: 't1', total: 22, women: 10 });

    foldPortfolioEvent(
      facts,
      ev('EvaluationSubmitted', { evaluationId: 'v1', activityId: 't1', actionId: 'a1', respondentType: 'PARTICIPANT', rating: 'GOOD' }),
    );
    expect(facts.evaluations.get('v1')).toEqual({ id: 'v1', activityId: 't1', respondentType: 'PARTICIPANT', rating: 'GOOD' });

    foldPortfolioEvent(facts, ev('ResultRecorded', { resultId: 'r1', actionId: 'a1', type: 'HANDBOOK', status: 'DRAFTED', date: '2021-01-01' }));
    foldPortfolioEvent(facts, ev('ResultUpdated', { resultId: 'r1', actionId: 'a1', type: 'POLICY', status: 'ADOPTED', date: '2021-02-01' }));
    expect(facts.results.get('r1')).toEqual({ id: 'r1', actionId: 'a1', type: 'POLICY' });

    const invited = { invitationId: 'i1', activityId: 't1', expertId: 'e1', role: 'EXPERT', startsOn: '2026-05-01', endsOn: '2026-05-02' };
    const at = (day: number) => ({ occurredAt: `2026-04-${day}T10:00:00.000Z` });
    foldPortfolioEvent(facts, { ...ev('ExpertInvited', { ...invited, expiresAt: '2026-04-20T10:00:00.000Z', outsideAvailability: false }), ...at(10) });
    foldPortfolioEvent(facts, { ...ev('ExpertInvited', { ...invited, invitationId: 'i2' }) });
    foldPortfolioEvent(facts, { ...ev('InvitationAccepted', { ...invited, deploymentId: 'd9' }), ...at(12) });
    foldPortfolioEvent(facts, { ...ev('ExpertInvited', invited), ...at(10) });
    foldPortfolioEvent(facts, ev('InvitationDeclined', { ...invited, invitationId: 'i2' }));
    foldPortfolioEvent(facts, ev('InvitationExpired', { ...invited, invitationId: 'i-unknown' }));
    expect([...facts.invitations.values()]).toEqual([
      { id: 'i1', activityId: 't1', status: 'ACCEPTED', invitedAt: '2026-04-10T10:00:00.000Z', acceptedAt: '2026-04-12T10:00:00.000Z' },
      { id: 'i2', activityId: 't1', status: 'DECLINED', invitedAt: null, acceptedAt: null },
    ]);
    foldPortfolioEvent(facts, ev('InvitationExpired', { ...invited, invitationId: 'i2' }));
    foldPortfolioEvent(facts, ev('InvitationWithdrawn', { ...invited, invitationId: 'i2', reason: 'WITHDRAWN' }));
    expect(facts.invitations.get('i2')!.status).toBe('WITHDRAWN');

    const followUp = { actionId: 'a1', monthsAfter: 6, date: '2023-01-01', policyAdopted: false, practiceInUse: true };
    foldPortfolioEvent(facts, ev('FollowUpRecorded', followUp));
    foldPortfolioEvent(facts, ev('FollowUpRecorded', { ...followUp, practiceInUse: false, policyAdopted: true }));
    foldPortfolioEvent(facts, ev('FollowUpRecorded', { ...followUp, monthsAfter: 12 }));
    expect([...facts.followUps.values()]).toEqual([
      { id: 'a1|6', actionId: 'a1', monthsAfter: 6, policyAdopted: true, practiceInUse: false },
      { id: 'a1|12', actionId: 'a1', monthsAfter: 12, policyAdopted: false, practiceInUse: true },
    ]);

    foldPortfolioEvent(
      facts,
      ev('RequestSubmitted', { requestId: 'q1', expressionOfInterestOn: '2019-11-02', beneficiaryCode: 'GH', thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'] }),
    );
    foldPortfolioEvent(
      facts,
      ev('RequestCorrected', { requestId: 'q1', status: 'SUBMITTED', beneficiaryCode: 'GH', thematicAreas: ['MIGRATION_AND_DEVELOPMENT'] }),
    );
    expect(facts.requests.get('q1')).toEqual({
      id: 'q1',
      expressionOfInterestOn: '2019-11-02',
      beneficiaryCode: 'GH',
      region: null,
      thematicAreas: ['MIGRATION_AND_DEVELOPMENT'],
    });
  });

  it('changes nothing for an entity it was never told of, nor for a type it does not read', () => {
    const facts = emptyPortfolioFacts();
    expect(foldPortfolioEvent(facts, ev('ActivityStatusChanged', { activityId: 'unknown', actionId: 'a1', from: 'PLANNED', to: 'HELD' }))).toEqual([]);
    expect(foldPortfolioEvent(facts, ev('IndicatorSet', { indicatorId: 'i1', actionId: 'a1' }))).toEqual([]);
    expect(facts.activities.size).toBe(0);
    expect(PORTFOLIO_EVENT_TYPES).not.toContain('IndicatorSet');
  });

  it('leaves the facts as they were when an event comes again', () => {
    const once = emptyPortfolioFacts();
    const twice = emptyPortfolioFacts();
    const events = [created, ev('ActionStatusChanged', { actionId: 'a1', from: 'PLANNED', to: 'IN_IMPLEMENTATION' })];
    for (const e of events) foldPortfolioEvent(once, e);
    for (const e of [...events, ...events.slice(1)]) foldPortfolioEvent(twice, e);
    expect(twice).toEqual(once);
  });

  it('loads facts read back from where they were kept, as the fold had set them', () => {
    const folded = emptyPortfolioFacts();
    const changes = foldPortfolioEvent(folded, created);
    expect(loadPortfolioFacts(emptyPortfolioFacts(), changes)).toEqual(folded);
  });
});
