/* Generated from schema.graphql by scripts/codegen.js: do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PortfolioRef, PortfolioSliceRef } from '../portfolio/portfolio.model';
import type { ServiceContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
};

export type Language =
  | 'EN'
  | 'FR';

export type Phase =
  | 'MIEUX_I'
  | 'MIEUX_II'
  | 'MIEUX_III'
  | 'MIEUX_PLUS';

/**
 * Portfolio figures for a filter, from the portfolio read model: the facts the requests, actions, experts
 * and monitoring services tell in their events, kept by the portfolio service and counted in memory.
 * The key is the canonical form of the filter. Figures follow writes by the time their events take to
 * arrive: measured on MySQL with NATS JetStream over 24 writes, p50 0.9 s, p95 1.1 s, at most 5.9 s (on
 * shared, loaded cores; apps/portfolio/test/lag.test.ts fails past 5 s at the 95th percentile).
 */
export type Portfolio = {
  __typename?: 'Portfolio';
  actions: Scalars['Int']['output'];
  activities: Scalars['Int']['output'];
  /**
   * By activity type: activities, participants and experts deployed by the type of each activity; an
   * Action counted under each type of its activities, so the Actions of the slices overlap.
   */
  byActivityType: Array<PortfolioSlice>;
  /** By beneficiary (a country's ISO code or a regional organisation's code), in code order. */
  byCountry: Array<PortfolioSlice>;
  /** By region of the beneficiary; an Action of a continental organisation has none. */
  byRegion: Array<PortfolioSlice>;
  /**
   * By thematic area: an Action and its activities are counted in each of the Action's areas, so the
   * slices overlap (an Action can have several areas) and do not add up to the portfolio.
   */
  byThematicArea: Array<PortfolioSlice>;
  /**
   * By year: activities, participants and the experts deployed by the year the activities start (are
   * held); Actions (with their launch, countries and policies supported) by the year of their approval.
   */
  byYear: Array<PortfolioSlice>;
  /** Countries and regional organisations supported. */
  countriesSupported: Scalars['Int']['output'];
  /** Experts with an active deployment on the activities counted; an erased expert still counts. */
  expertsDeployed: Maybe<Scalars['Int']['output']>;
  /** Of the invitations sent, those accepted (each became an active deployment). */
  invitationsAccepted: Maybe<Scalars['Int']['output']>;
  /** Of the invitations sent, those the expert answered: accepted or declined (not expired or withdrawn). */
  invitationsAnswered: Maybe<Scalars['Int']['output']>;
  /**
   * Experts invited to the activities counted (Actions selected by approval date), whatever became of the
   * invitation: waiting, accepted, declined, expired or withdrawn.
   */
  invitationsSent: Maybe<Scalars['Int']['output']>;
  key: Scalars['ID']['output'];
  launchedOnTimeRate: Maybe<Scalars['Float']['output']>;
  /**
   * Time from invitation to acceptance: the median, over the invitations accepted, of the whole days
   * (24-hour periods) from the invitation to its acceptance. Null when none was accepted.
   */
  medianDaysToAcceptance: Maybe<Scalars['Float']['output']>;
  memberStatesRepresented: Maybe<Scalars['Int']['output']>;
  /** Participants of the activities counted (their current participation record). */
  participants: Maybe<Scalars['Int']['output']>;
  /** Migration policies supported: results of type policy or strategy. */
  policiesSupported: Maybe<Scalars['Int']['output']>;
  /** Public officials of EU Member States' administrations among the experts deployed. */
  publicOfficialsFromMemberStates: Maybe<Scalars['Int']['output']>;
  /** Requests received (expression of interest) in the portfolio's period, region, country and thematic area. */
  requests: Maybe<Scalars['Int']['output']>;
  /** Satisfaction of the people served: the share of EXCELLENT and VERY_GOOD among the ratings of participants and partner authorities of the activities counted (experts' ratings left out). Null without ratings. */
  satisfactionRate: Maybe<Scalars['Float']['output']>;
  /**
   * South-South cooperation: experts employed by a partner country's administration among the experts
   * deployed (an active deployment on the activities counted, whose Actions are selected by approval date).
   */
  southSouthExperts: Maybe<Scalars['Int']['output']>;
  /**
   * Sustainability: among the Actions counted (selected by approval date) that have had a follow-up after
   * they closed, the share whose latest follow-up (most months after) finds the policy adopted or the
   * practice still in use. Null when none of them was followed up.
   */
  sustainabilityRate: Maybe<Scalars['Float']['output']>;
  womenParticipants: Maybe<Scalars['Int']['output']>;
};

export type PortfolioDimension =
  /** The type of activity (policy work, information exchange, training, practical tools). */
  | 'ACTIVITY_TYPE'
  /** The beneficiary: a country or a regional organisation. */
  | 'COUNTRY'
  | 'REGION'
  | 'THEMATIC_AREA'
  | 'YEAR';

export type PortfolioFilter = {
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** Actions approved on or after. */
  from?: InputMaybe<Scalars['Date']['input']>;
  phase?: InputMaybe<Phase>;
  region?: InputMaybe<Region>;
  thematicArea?: InputMaybe<ThematicArea>;
  /** Actions approved on or before. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** One slice of a portfolio (a thematic area, a region or a year), with the same figures counted by the same rules. */
export type PortfolioSlice = {
  __typename?: 'PortfolioSlice';
  actions: Scalars['Int']['output'];
  activities: Scalars['Int']['output'];
  countriesSupported: Scalars['Int']['output'];
  dimension: PortfolioDimension;
  expertsDeployed: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** Invitations to the slice's activities accepted. */
  invitationsAccepted: Maybe<Scalars['Int']['output']>;
  /** Invitations to the slice's activities answered: accepted or declined. */
  invitationsAnswered: Maybe<Scalars['Int']['output']>;
  /** Experts invited to the slice's activities, whatever became of the invitation. */
  invitationsSent: Maybe<Scalars['Int']['output']>;
  label: Scalars['String']['output'];
  launchedOnTimeRate: Maybe<Scalars['Float']['output']>;
  /** The median of the whole days from invitation to acceptance over the slice's accepted invitations (null when none). */
  medianDaysToAcceptance: Maybe<Scalars['Float']['output']>;
  memberStatesRepresented: Maybe<Scalars['Int']['output']>;
  participants: Maybe<Scalars['Int']['output']>;
  policiesSupported: Maybe<Scalars['Int']['output']>;
  publicOfficialsFromMemberStates: Maybe<Scalars['Int']['output']>;
  /**
   * Requests by date of expression of interest, in the slice's thematic area, region, country or year.
   * Null for an activity-type slice (a request has no activities).
   */
  requests: Maybe<Scalars['Int']['output']>;
  /** Satisfaction of the people served: the share of EXCELLENT and VERY_GOOD among the ratings of participants and partner authorities of the activities counted (experts' ratings left out). Null without ratings. */
  satisfactionRate: Maybe<Scalars['Float']['output']>;
  /** Experts employed by a partner country's administration among the slice's experts deployed (South-South). */
  southSouthExperts: Maybe<Scalars['Int']['output']>;
  /** The share of the slice's Actions followed up whose latest follow-up finds the policy adopted or the practice in use (null without follow-ups). */
  sustainabilityRate: Maybe<Scalars['Float']['output']>;
  /** A thematic area or region code, or a year. */
  value: Scalars['String']['output'];
  womenParticipants: Maybe<Scalars['Int']['output']>;
};


/** One slice of a portfolio (a thematic area, a region or a year), with the same figures counted by the same rules. */
export type PortfolioSliceLabelArgs = {
  lang?: InputMaybe<Language>;
};

export type Query = {
  __typename?: 'Query';
  /** Open to anyone: figures only. */
  portfolio: Maybe<Portfolio>;
};


export type QueryPortfolioArgs = {
  filter?: InputMaybe<PortfolioFilter>;
};

export type Region =
  | 'AFRICA'
  | 'ASIA_AND_PACIFIC'
  | 'EASTERN_NEIGHBOURHOOD'
  | 'LATIN_AMERICA_AND_CARIBBEAN'
  | 'OVERSEAS_COUNTRIES_AND_TERRITORIES'
  | 'SOUTHERN_NEIGHBOURHOOD';

export type ThematicArea =
  | 'HORIZONTAL_INTERVENTIONS'
  | 'INTERNATIONAL_PROTECTION_AND_ASYLUM'
  | 'IRREGULAR_MIGRATION_AND_TRAFFICKING'
  | 'LEGAL_MIGRATION_AND_MOBILITY'
  | 'MIGRATION_AND_DEVELOPMENT';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Language: Language;
  Phase: Phase;
  Portfolio: ResolverTypeWrapper<PortfolioRef>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PortfolioDimension: PortfolioDimension;
  PortfolioFilter: PortfolioFilter;
  PortfolioSlice: ResolverTypeWrapper<PortfolioSliceRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: Region;
  ThematicArea: ThematicArea;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  Portfolio: PortfolioRef;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  Float: Scalars['Float']['output'];
  PortfolioFilter: PortfolioFilter;
  PortfolioSlice: PortfolioSliceRef;
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
}>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['String']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
};

export type OverrideDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type TagDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type PortfolioResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Portfolio'] = ResolversParentTypes['Portfolio']> = ResolversObject<{
  actions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  activities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byActivityType?: Resolver<Array<ResolversTypes['PortfolioSlice']>, ParentType, ContextType>;
  byCountry?: Resolver<Array<ResolversTypes['PortfolioSlice']>, ParentType, ContextType>;
  byRegion?: Resolver<Array<ResolversTypes['PortfolioSlice']>, ParentType, ContextType>;
  byThematicArea?: Resolver<Array<ResolversTypes['PortfolioSlice']>, ParentType, ContextType>;
  byYear?: Resolver<Array<ResolversTypes['PortfolioSlice']>, ParentType, ContextType>;
  countriesSupported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expertsDeployed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  invitationsAccepted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  invitationsAnswered?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  invitationsSent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  launchedOnTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianDaysToAcceptance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  memberStatesRepresented?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  policiesSupported?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  publicOfficialsFromMemberStates?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  requests?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  satisfactionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  southSouthExperts?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sustainabilityRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  womenParticipants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type PortfolioSliceResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['PortfolioSlice'] = ResolversParentTypes['PortfolioSlice']> = ResolversObject<{
  actions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  activities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  countriesSupported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['PortfolioDimension'], ParentType, ContextType>;
  expertsDeployed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitationsAccepted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  invitationsAnswered?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  invitationsSent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<PortfolioSliceLabelArgs, 'lang'>>;
  launchedOnTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianDaysToAcceptance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  memberStatesRepresented?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  policiesSupported?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  publicOfficialsFromMemberStates?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  requests?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  satisfactionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  southSouthExperts?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sustainabilityRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  womenParticipants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  portfolio?: Resolver<Maybe<ResolversTypes['Portfolio']>, ParentType, ContextType, Partial<QueryPortfolioArgs>>;
}>;

export type Resolvers<ContextType = ServiceContext> = ResolversObject<{
  Date?: GraphQLScalarType;
  Portfolio?: PortfolioResolvers<ContextType>;
  PortfolioSlice?: PortfolioSliceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = ServiceContext> = ResolversObject<{
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  override?: OverrideDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
  tag?: TagDirectiveResolver<any, any, ContextType>;
}>;
