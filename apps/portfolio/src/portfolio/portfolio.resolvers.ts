import { portfolioKey, portfolioSliceId, type Language, type PortfolioDimension } from '@mieux/domain';
import { today } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import type { PortfolioRef, PortfolioSliceRef } from './portfolio.model';

const answerOf = (p: PortfolioRef, ctx: ServiceContext) => ctx.readModel.answer(p.key, today());
const figure =
  <F extends keyof ReturnType<typeof answerOf>['figures']>(name: F) =>
  (p: PortfolioRef, _: unknown, ctx: ServiceContext) =>
    answerOf(p, ctx).figures[name];
const slices =
  (dimension: PortfolioDimension) =>
  (p: PortfolioRef, _: unknown, ctx: ServiceContext): PortfolioSliceRef[] =>
    answerOf(p, ctx).slices[dimension].map((s) => ({ ...s, id: portfolioSliceId(p.key, dimension, s.value) }));

/** The Portfolio root: open to anyone, since it holds figures only; answered from the read model in memory. */
export const portfolioResolvers: Resolvers = {
  Query: {
    portfolio: (_, { filter }) => ({ key: portfolioKey(filter ?? {}) }),
  },
  Portfolio: {
    requests: figure('requests'),
    actions: figure('actions'),
    activities: figure('activities'),
    countriesSupported: figure('countriesSupported'),
    launchedOnTimeRate: figure('launchedOnTimeRate'),
    expertsDeployed: figure('expertsDeployed'),
    publicOfficialsFromMemberStates: figure('publicOfficialsFromMemberStates'),
    memberStatesRepresented: figure('memberStatesRepresented'),
    southSouthExperts: figure('southSouthExperts'),
    invitationsSent: figure('invitationsSent'),
    invitationsAnswered: figure('invitationsAnswered'),
    invitationsAccepted: figure('invitationsAccepted'),
    medianDaysToAcceptance: figure('medianDaysToAcceptance'),
    participants: figure('participants'),
    womenParticipants: figure('womenParticipants'),
    satisfactionRate: figure('satisfactionRate'),
    policiesSupported: figure('policiesSupported'),
    sustainabilityRate: figure('sustainabilityRate'),
    byThematicArea: slices('THEMATIC_AREA'),
    byRegion: slices('REGION'),
    byYear: slices('YEAR'),
    byCountry: slices('COUNTRY'),
    byActivityType: slices('ACTIVITY_TYPE'),
  },
  PortfolioSlice: {
    label: (s, { lang }) => s.label[(lang ?? 'EN') as Language],
  },
};
