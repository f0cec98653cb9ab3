import { TransitionError } from './errors';
import {
  assertRosterReview,
  deployedExpertFigures,
  INITIAL_ROSTER_STATUS,
  isConsenting,
  isMatchable,
  isOrderedPeriod,
  MATCHABLE_ROSTER_STATUSES,
  MAX_MATCHES,
  needsConsent,
  rankExpertMatches,
  rankExpertMatchesBy,
  rosterChangeRefusal,
  statusWithoutConsent,
} from './experts';
import { compareMatches, matchScores, scoreExpertMatch, TIE_BREAK_REASON, type ExpertiseNeed } from './expert-matching';

const consenting = { consentWithdrawnAt: null, erasedAt: null };
const profile = (id: string, languages: string[]) => ({
  id,
  thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
  subTopics: [],
  languages,
  regions: [],
  countriesOfExperience: [],
  availability: [],
  nationality: 'FR',
  publicOfficial: false,
  employerType: 'ACADEMIA',
  recentDeployments: [],
});

describe('roster rules', () => {
  it('starts with an application; only active experts are matched', () => {
    expect(INITIAL_ROSTER_STATUS).toBe('APPLIED');
    expect(MATCHABLE_ROSTER_STATUSES).toEqual(['ACTIVE']);
  });

  it('matches only active experts who still consent', () => {
    expect(isMatchable({ status: 'ACTIVE', ...consenting })).toBe(true);
    expect(isMatchable({ status: 'INACTIVE', ...consenting })).toBe(false);
    expect(isMatchable({ status: 'ACTIVE', consentWithdrawnAt: new Date(), erasedAt: null })).toBe(false);
    expect(isMatchable({ status: 'ACTIVE', consentWithdrawnAt: null, erasedAt: new Date() })).toBe(false);
    expect(isConsenting(consenting)).toBe(true);
  });

  it('writes nothing about an erased expert but a repeated erasure, and no profile without consent', () => {
    const erased = { consentWithdrawnAt: new Date(), erasedAt: new Date() };
    const withdrawn = { consentWithdrawnAt: new Date(), erasedAt: null };
    for (const change of ['PROFILE', 'REVIEW', 'WITHDRAW_CONSENT'] as const) expect(rosterChangeRefusal(erased, change)).toBe('EXPERT_ERASED');
    expect(rosterChangeRefusal(erased, 'ERASE')).toBeNull();
    expect(rosterChangeRefusal(withdrawn, 'PROFILE')).toBe('CONSENT_WITHDRAWN');
    for (const change of ['REVIEW', 'WITHDRAW_CONSENT', 'ERASE'] as const) expect(rosterChangeRefusal(withdrawn, change)).toBeNull();
    expect(rosterChangeRefusal(consenting, 'PROFILE')).toBeNull();
  });

  it('makes an expert without consent inactive, and leaves a refused applicant refused', () => {
    expect(statusWithoutConsent('ACTIVE')).toBe('INACTIVE');
    expect(statusWithoutConsent('APPLIED')).toBe('INACTIVE');
    expect(statusWithoutConsent('REFUSED')).toBe('REFUSED');
  });

  it('lets a review confirm the current status, and refuses moves the roster does not allow', () => {
    expect(() => assertRosterReview('ACTIVE', 'ACTIVE')).not.toThrow();
    expect(() => assertRosterReview('APPLIED', 'ACTIVE')).not.toThrow();
    expect(() => assertRosterReview('REFUSED', 'ACTIVE')).toThrow(TransitionError);
  });

  it('takes a period only from a date to the same or a later one', () => {
    expect(isOrderedPeriod({ from: '2027-01-01', to: '2027-01-01' })).toBe(true);
    expect(isOrderedPeriod({ from: '2027-01-02', to: '2027-01-01' })).toBe(false);
    expect(isOrderedPeriod({ from: '2027-02-30', to: '2027-03-01' })).toBe(false);
    expect(isOrderedPeriod({ from: '2027-01-01', to: 'soon' })).toBe(false);
  });
});

describe('ranking matches', () => {
  const need = { thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'], languages: ['fr'] };

  it('puts the best score first, equal scores by id, and keeps at most `first`', () => {
    const ranked = rankExpertMatches([profile('b', ['es']), profile('c', ['fr']), profile('a', ['es'])], need, 10);
    expect(ranked.map((m) => [m.expert.id, m.rank])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 3],
    ]);
    expect(rankExpertMatches([profile('b', ['es']), profile('c', ['fr'])], need, 1).map((m) => m.expert.id)).toEqual(['c']);
  });

  it('tells equal scores apart by the heaviest criterion first, then by id in code points, and says so', () => {
    // Sub-topics and availability weigh 0.1 each: covering the sub-topic but not free, or free but off the sub-topic, score the same.
    const dated = { ...need, subTopics: ['LABOUR_MIGRATION'], startsOn: '2027-03-01', endsOn: '2027-03-02' };
    const free = [{ from: '2027-01-01', to: '2027-12-31' }];
    const onTopic = { ...profile('z', ['fr']), subTopics: ['LABOUR_MIGRATION'] };
    const available = { ...profile('b', ['fr']), availability: free };
    const ranked = rankExpertMatches([available, onTopic, { ...available, id: 'B' }, profile('a', ['es'])], dated, 10);
    expect(ranked.map((m) => m.expert.id)).toEqual(['z', 'B', 'b', 'a']);
    expect(new Set(ranked.slice(0, 3).map((m) => m.score)).size).toBe(1);
    expect(ranked[0].reasons.at(-1)).toBe(TIE_BREAK_REASON);
    expect(ranked[3].reasons.map((r) => r.code)).not.toContain('TIE_BREAK');
    expect(rankExpertMatches([profile('a', ['fr']), profile('a', ['fr'])], need, 2).map((m) => m.rank)).toEqual([1, 2]);
  });

  it("gives the first of the full ordering, however many candidates tie at the page's edge", () => {
    const languages = [['fr'], ['es'], ['fr', 'es']];
    const many = Array.from({ length: 250 }, (_, i) => ({
      ...profile(`e${(i * 7919) % 250}`, languages[i % 3]),
      recentDeployments: i % 5 ? [] : ['2026-01-01'],
    }));
    const full = many
      .map((expert) => ({ id: expert.id, ...matchScores(expert, need) }))
      .sort(compareMatches)
      .map((m) => m.id);
    for (const first of [0, 1, 7, 50, 100]) expect(rankExpertMatches(many, need, first).map((m) => m.expert.id)).toEqual(full.slice(0, first));
    expect(rankExpertMatches([], need, 10)).toEqual([]);
  });

  it('ranks a varied roster as scoring every candidate whole does, asking the deployments of only those that can make the page', () => {
    // Few values per field, so that many scores tie, at the page's edge too.
    let state = 7;
    const pick = <T>(values: readonly T[]): T => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return values[state % values.length];
    };
    const some = <T>(values: readonly T[]) => values.filter(() => pick([true, false]));
    const roster = Array.from({ length: 600 }, (_, i) => ({
      id: `x${(i * 7919) % 600}`,
      thematicAreas: some(['LEGAL_MIGRATION_AND_MOBILITY', 'HORIZONTAL_INTERVENTIONS', 'BORDER_MANAGEMENT']),
      subTopics: some(['LABOUR_MIGRATION', 'DIASPORA']),
      languages: some(['fr', 'en', 'pt']),
      regions: some(['WEST_AFRICA', 'NORTH_AFRICA']),
      countriesOfExperience: some(['SN', 'ML', 'MA', 'CI']),
      availability: pick([[], [{ from: '2027-01-01', to: '2027-12-31' }], [{ from: '2027-03-02', to: '2027-04-30' }]]),
      nationality: pick(['SN', 'FR', 'MA']),
      publicOfficial: pick([true, false]),
      employerType: pick(['PARTNER_COUNTRY_ADMINISTRATION', 'EU_MEMBER_STATE_ADMINISTRATION', 'ACADEMIA']),
      recentDeployments: pick([[], [], ['2026-01-15'], ['2025-06-01', '2026-11-20'], ['2027-02-01']]),
    }));
    const needs: ExpertiseNeed[] = [
      {
        thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY', 'HORIZONTAL_INTERVENTIONS'],
        subTopics: ['LABOUR_MIGRATION'],
        languages: ['fr'],
        countryCode: 'SN',
        region: 'WEST_AFRICA',
        startsOn: '2027-03-01',
        endsOn: '2027-03-03',
        rotationUntil: '2027-03-01',
      },
      { thematicAreas: ['BORDER_MANAGEMENT'], languages: ['en', 'pt'], region: 'NORTH_AFRICA', rotationUntil: '2027-01-01' },
      { thematicAreas: [] },
    ];
    for (const need of needs) {
      const whole = roster.map((expert) => ({ expert, id: expert.id, ...matchScores(expert, need) })).sort(compareMatches);
      for (const first of [0, 1, 10, 37, 100, 1000]) {
        const asked: string[] = [];
        const ranked = rankExpertMatchesBy(roster, need, first, (expert) => {
          asked.push(expert.id);
          return expert.recentDeployments;
        });
        const expected = whole.slice(0, Math.min(first, MAX_MATCHES)).map(({ expert, score }, i) => {
          const { reasons } = scoreExpertMatch(expert, need);
          const tied = whole.filter((m) => m.score === score).length > 1;
          return { expert, score, rank: i + 1, reasons: tied ? [...reasons, TIE_BREAK_REASON] : reasons };
        });
        expect(ranked).toEqual(expected);
        expect(rankExpertMatches(roster, need, first)).toEqual(expected);
        if (first <= 10) expect(asked.length).toBeLessThan(roster.length);
      }
    }
  });

  it('never proposes more than MAX_MATCHES', () => {
    const many = Array.from({ length: MAX_MATCHES + 5 }, (_, i) => profile(`e${i}`, ['fr']));
    expect(rankExpertMatches(many, need, 1000)).toHaveLength(MAX_MATCHES);
  });
});

describe('figures of deployed experts', () => {
  it('counts known experts, Member State officials and their Member States', () => {
    const facts = new Map([
      ['hr', { publicOfficial: true, employerType: 'EU_MEMBER_STATE_ADMINISTRATION', memberState: 'HR' }],
      ['hr2', { publicOfficial: true, employerType: 'EU_MEMBER_STATE_ADMINISTRATION', memberState: 'HR' }],
      ['academic', { publicOfficial: false, employerType: 'ACADEMIA', memberState: null }],
      ['sn', { publicOfficial: true, employerType: 'PARTNER_COUNTRY_ADMINISTRATION', memberState: null }],
    ]);
    expect(deployedExpertFigures(['hr', 'hr2', 'academic', 'sn', 'unknown'], facts)).toEqual({
      expertsDeployed: 4,
      publicOfficialsFromMemberStates: 2,
      memberStatesRepresented: 1,
      southSouthExperts: 1,
    });
    expect(deployedExpertFigures([], facts)).toEqual({
      expertsDeployed: 0,
      publicOfficialsFromMemberStates: 0,
      memberStatesRepresented: 0,
      southSouthExperts: 0,
    });
  });
});

describe('consent and the roster status', () => {
  it('is needed to be made active, not to be refused or set aside', () => {
    expect(needsConsent('ACTIVE')).toBe(true);
    expect(['APPLIED', 'INACTIVE', 'REFUSED'].map((s) => needsConsent(s as 'APPLIED'))).toEqual([false, false, false]);
  });
});
