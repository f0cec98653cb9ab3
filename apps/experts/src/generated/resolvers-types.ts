/* Generated from schema.graphql by scripts/codegen.js: do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ExpertModel, CountryStub } from '../expert/expert.model';
import type { ExpertMatchModel, ActivityNeed } from '../matching/matching.model';
import type { MatchReason as DomainMatchReason } from '@mieux/domain';
import type { PersonalDataReference } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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
  /** An instant, ISO 8601 with time zone. */
  DateTime: { input: string | Date; output: string | Date; }
  /** A JSON document: what a service keeps about a person, as they download it (right of access). */
  JSON: { input: unknown; output: unknown; }
};

export type Activity = {
  __typename?: 'Activity';
  busyExpertIds: Array<Scalars['ID']['output']>;
  /**
   * Active experts ranked for this activity (its working languages, its Action's thematic areas and
   * sub-topics, its country and region, its dates, peer value and rotation over the 24 months before it:
   * see `MatchReason`), never one already deployed on overlapping dates: the best 100 at most, the best
   * first, in pages of at most 100 (`first`/`after` or `last`/`before`), 20 by default. Null when the
   * experts service cannot answer; the error names it.
   */
  candidateExperts: Maybe<ExpertMatchConnection>;
  countryCode: Scalars['String']['output'];
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  startsOn: Scalars['Date']['output'];
  subTopics: Array<Scalars['String']['output']>;
  thematicAreas: Array<ThematicArea>;
  workingLanguages: Array<Scalars['String']['output']>;
};


export type ActivityCandidateExpertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type Availability = {
  __typename?: 'Availability';
  from: Scalars['Date']['output'];
  to: Scalars['Date']['output'];
};

export type AvailabilityInput = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

export type Consent = {
  __typename?: 'Consent';
  givenAt: Scalars['DateTime']['output'];
  noticeVersion: Scalars['String']['output'];
  withdrawnAt: Maybe<Scalars['DateTime']['output']>;
};

/** A country, owned by the requests service. */
export type Country = {
  __typename?: 'Country';
  code: Scalars['String']['output'];
};

/** A booking that consent no longer allows: the deployment, its activity, the expert and when the activity starts. */
export type DeploymentWithoutConsent = {
  __typename?: 'DeploymentWithoutConsent';
  activityId: Scalars['ID']['output'];
  deploymentId: Scalars['ID']['output'];
  expertId: Scalars['ID']['output'];
  startsOn: Scalars['Date']['output'];
};

export type EmployerType =
  | 'ACADEMIA'
  | 'CIVIL_SOCIETY'
  | 'EU_MEMBER_STATE_ADMINISTRATION'
  | 'INTERNATIONAL_ORGANISATION'
  | 'PARTNER_COUNTRY_ADMINISTRATION'
  | 'PRIVATE_SECTOR';

/**
 * A member of the Expert Roster. The public card (id, status, whether erased, whether a public official,
 * whether a national of an EU Member State) is seen by the signed-in roles that read the expert; the
 * profile (name, nationality, employer, Member State, expertise, languages, regions, availability,
 * refusal reason) and the personal data (e-mail, phone, CV, consent) only by the expert and project
 * officers: null for everyone else.
 */
export type Expert = {
  __typename?: 'Expert';
  /** The expert and project officers only. */
  availability: Maybe<Array<Availability>>;
  consent: Maybe<Consent>;
  /** The expert and project officers only. Null when the requests service cannot answer for the fields asked beyond `code`; the error names it. */
  countriesOfExperience: Maybe<Array<Country>>;
  cvSummary: Maybe<Scalars['String']['output']>;
  /** The expert's name; `Erased expert` once their personal data is erased. The expert and project officers only. */
  displayName: Maybe<Scalars['String']['output']>;
  email: Maybe<Scalars['String']['output']>;
  /** The expert and project officers only. */
  employerType: Maybe<EmployerType>;
  erased: Scalars['Boolean']['output'];
  /** Whether the expert is a national of an EU Member State (public card: IATI's triangular cooperation). */
  euNational: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** ISO 639-1 codes. The expert and project officers only. */
  languages: Maybe<Array<Scalars['String']['output']>>;
  /** The EU Member State whose administration the expert serves, where it applies. The expert and project officers only. */
  memberState: Maybe<Country>;
  /** The expert and project officers only. Null when the requests service cannot answer for the fields asked beyond `code`; the error names it. */
  nationality: Maybe<Country>;
  phone: Maybe<Scalars['String']['output']>;
  publicOfficial: Scalars['Boolean']['output'];
  /** The expert and project officers only. */
  refusalReason: Maybe<Scalars['String']['output']>;
  /** The expert and project officers only. */
  regions: Maybe<Array<Region>>;
  status: RosterStatus;
  /** The expert and project officers only. */
  subTopics: Maybe<Array<Scalars['String']['output']>>;
  /** The expert and project officers only. */
  thematicAreas: Maybe<Array<ThematicArea>>;
};

export type ExpertConnection = {
  __typename?: 'ExpertConnection';
  edges: Array<ExpertEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ExpertEdge = {
  __typename?: 'ExpertEdge';
  cursor: Scalars['String']['output'];
  node: Expert;
};

export type ExpertFilter = {
  employerType?: InputMaybe<EmployerType>;
  language?: InputMaybe<Scalars['String']['input']>;
  memberState?: InputMaybe<Scalars['String']['input']>;
  nationality?: InputMaybe<Scalars['String']['input']>;
  publicOfficial?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<RosterStatus>>;
  thematicArea?: InputMaybe<ThematicArea>;
};

export type ExpertMatch = {
  __typename?: 'ExpertMatch';
  expert: Expert;
  /** 1 for the best candidate: by score, equal scores criterion by criterion (heaviest first), then by roster id. */
  rank: Scalars['Int']['output'];
  /** One reason per criterion, heaviest first, then `TIE_BREAK` when the score is shared. */
  reasons: Array<MatchReason>;
  /** In [0, 1]: the sum of each criterion's weight times its score, to 4 decimals. */
  score: Scalars['Float']['output'];
};

export type ExpertMatchConnection = {
  __typename?: 'ExpertMatchConnection';
  edges: Array<ExpertMatchEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ExpertMatchEdge = {
  __typename?: 'ExpertMatchEdge';
  cursor: Scalars['String']['output'];
  node: ExpertMatch;
};

export type Language =
  | 'EN'
  | 'FR';

export type MatchInput = {
  countryCode?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  excludeExpertIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The working languages, ISO 639-1 codes; none: the criterion is met by all. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  region?: InputMaybe<Region>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Sub-topic codes (e.g. LABOUR_MIGRATION); none: the criterion is met by all. */
  subTopics?: InputMaybe<Array<Scalars['String']['input']>>;
  thematicAreas: Array<ThematicArea>;
};

/**
 * One criterion of a match: its code, its weight in the score, how well the expert meets it and why.
 * The criteria, heaviest first: `LANGUAGE` 0.30 (share of the activity's working languages spoken),
 * `THEMATIC_FIT` 0.25 (share of the thematic areas covered), `REGIONAL_EXPERIENCE` 0.12 (1 for the
 * country; for its region only 0.5, and 0.1 more per country of the region worked in, up to three),
 * `SUB_TOPIC_FIT` 0.10 (share of the sub-topics covered), `AVAILABILITY` 0.10 (1 over the whole dates,
 * 0.5 for part of them), `PEER_VALUE` 0.07 (a public official of a partner country's administration,
 * South-South: 1 from the same region, 0.9 from another; 0.8 for another public official) and
 * `ROTATION` 0.06 (1 / (1 + the expert's deployments on activities starting in the 24 months before
 * this one, each weighing from 1 just before it down to 0.5 two years before)). A criterion the need
 * does not ask is met. `TIE_BREAK` (weight 0) is added when another candidate has the same score:
 * equal scores are ordered criterion by criterion in the order above, then by roster id.
 */
export type MatchReason = {
  __typename?: 'MatchReason';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** How well the expert meets the criterion, in [0, 1]. */
  score: Scalars['Float']['output'];
  weight: Scalars['Float']['output'];
};


/**
 * One criterion of a match: its code, its weight in the score, how well the expert meets it and why.
 * The criteria, heaviest first: `LANGUAGE` 0.30 (share of the activity's working languages spoken),
 * `THEMATIC_FIT` 0.25 (share of the thematic areas covered), `REGIONAL_EXPERIENCE` 0.12 (1 for the
 * country; for its region only 0.5, and 0.1 more per country of the region worked in, up to three),
 * `SUB_TOPIC_FIT` 0.10 (share of the sub-topics covered), `AVAILABILITY` 0.10 (1 over the whole dates,
 * 0.5 for part of them), `PEER_VALUE` 0.07 (a public official of a partner country's administration,
 * South-South: 1 from the same region, 0.9 from another; 0.8 for another public official) and
 * `ROTATION` 0.06 (1 / (1 + the expert's deployments on activities starting in the 24 months before
 * this one, each weighing from 1 just before it down to 0.5 two years before)). A criterion the need
 * does not ask is met. `TIE_BREAK` (weight 0) is added when another candidate has the same score:
 * equal scores are ordered criterion by criterion in the order above, then by roster id.
 */
export type MatchReasonMessageArgs = {
  lang?: InputMaybe<Language>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Open to anyone; consent is required and recorded. */
  applyToRoster: Expert;
  /** Erases personal data for good; the anonymous facts for statistics stay. */
  eraseExpert: Expert;
  /** Project officers: ACTIVE, or REFUSED with a reason (or INACTIVE). */
  reviewApplication: Expert;
  setMyAvailability: Expert;
  updateMyProfile: Expert;
  /** The expert withdraws consent: inactive and never matched again. */
  withdrawConsent: Expert;
};


export type MutationApplyToRosterArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RosterApplicationInput;
};


export type MutationEraseExpertArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReviewApplicationArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  status: RosterStatus;
};


export type MutationSetMyAvailabilityArgs = {
  periods: Array<AvailabilityInput>;
};


export type MutationUpdateMyProfileArgs = {
  input: ProfileInput;
};

/** Where a page of a connection lies in its list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/**
 * What the graph keeps about one expert, each service adding its part (the roster's record, the
 * invitations and deployments, the appraisals), as JSON documents: read by that expert only, through
 * `Query.myPersonalData` (FORBIDDEN for anyone else).
 */
export type PersonalData = {
  __typename?: 'PersonalData';
  expertId: Scalars['ID']['output'];
  /** The roster's record: the application, profile, consents and availability, with the audit of who read or changed it. */
  roster: Scalars['JSON']['output'];
};

export type ProfileInput = {
  countriesOfExperience?: InputMaybe<Array<Scalars['String']['input']>>;
  cvSummary?: InputMaybe<Scalars['String']['input']>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  phone?: InputMaybe<Scalars['String']['input']>;
  regions?: InputMaybe<Array<Region>>;
  subTopics?: InputMaybe<Array<Scalars['String']['input']>>;
  thematicAreas?: InputMaybe<Array<ThematicArea>>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * Project officers: deployments not yet begun of experts who withdrew consent or were erased, checked in
   * the roster's own database against its copy of the actions service's events (activities' dates and
   * statuses, who is booked). Empty once every withdrawal has ended them; what it lists, withdrawing again ends.
   */
  deploymentsWithoutConsent: Array<DeploymentWithoutConsent>;
  expert: Maybe<Expert>;
  /** The roster, the latest applications first. Pages of at most 100 (`first`/`after` or `last`/`before`), 20 by default. */
  experts: Maybe<ExpertConnection>;
  /** Project officers: active experts ranked for a need (deployments counted for rotation in the 24 months before `startsOn`, or before today), with the reasons: the best 100 at most, the best first, in pages of at most 100 (`first`/`after` or `last`/`before`), 20 by default. */
  matchExperts: Maybe<ExpertMatchConnection>;
  /**
   * The signed-in expert's record on the roster and its audit (right of access).
   * @deprecated Read myPersonalData: the roster's record and what the other services keep about the expert.
   */
  myData: Maybe<Scalars['JSON']['output']>;
  /**
   * Experts: the signed-in expert's personal data, from every service that keeps some (right of access):
   * the roster's record and its audit here, the invitations and deployments from the actions service, the
   * officers' appraisals from monitoring. Null for an expert not on the roster.
   */
  myPersonalData: Maybe<PersonalData>;
};


export type QueryExpertArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExpertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMatchExpertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  input: MatchInput;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type Region =
  | 'AFRICA'
  | 'ASIA_AND_PACIFIC'
  | 'EASTERN_NEIGHBOURHOOD'
  | 'LATIN_AMERICA_AND_CARIBBEAN'
  | 'OVERSEAS_COUNTRIES_AND_TERRITORIES'
  | 'SOUTHERN_NEIGHBOURHOOD';

export type RosterApplicationInput = {
  availability?: InputMaybe<Array<AvailabilityInput>>;
  /** Consent to the processing of the data given here; required. */
  consent: Scalars['Boolean']['input'];
  countriesOfExperience?: InputMaybe<Array<Scalars['String']['input']>>;
  cvSummary: Scalars['String']['input'];
  email: Scalars['String']['input'];
  employerType: EmployerType;
  fullName: Scalars['String']['input'];
  languages: Array<Scalars['String']['input']>;
  memberState?: InputMaybe<Scalars['String']['input']>;
  nationality: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  privacyNoticeVersion: Scalars['String']['input'];
  publicOfficial: Scalars['Boolean']['input'];
  regions?: InputMaybe<Array<Region>>;
  subTopics?: InputMaybe<Array<Scalars['String']['input']>>;
  thematicAreas: Array<ThematicArea>;
};

export type RosterStatus =
  | 'ACTIVE'
  | 'APPLIED'
  | 'INACTIVE'
  | 'REFUSED';

export type ThematicArea =
  | 'HORIZONTAL_INTERVENTIONS'
  | 'INTERNATIONAL_PROTECTION_AND_ASYLUM'
  | 'IRREGULAR_MIGRATION_AND_TRAFFICKING'
  | 'LEGAL_MIGRATION_AND_MOBILITY'
  | 'MIGRATION_AND_DEVELOPMENT';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

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

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Activity: Activity;
  Expert: Expert;
  PersonalData: PersonalData;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Activity:
    ( { __typename: 'Activity' }
    & GraphQLRecursivePick<FederationTypes['Activity'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Activity'], {"startsOn":true,"endsOn":true,"thematicAreas":true,"subTopics":true,"workingLanguages":true,"countryCode":true,"busyExpertIds":true}> ) );
  Expert:
    ( { __typename: 'Expert' }
    & GraphQLRecursivePick<FederationTypes['Expert'], {"id":true}> );
  PersonalData:
    ( { __typename: 'PersonalData' }
    & GraphQLRecursivePick<FederationTypes['PersonalData'], {"expertId":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Activity: ResolverTypeWrapper<ActivityNeed>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Availability: ResolverTypeWrapper<Availability>;
  AvailabilityInput: AvailabilityInput;
  Consent: ResolverTypeWrapper<Consent>;
  Country: ResolverTypeWrapper<CountryStub>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeploymentWithoutConsent: ResolverTypeWrapper<DeploymentWithoutConsent>;
  EmployerType: EmployerType;
  Expert: ResolverTypeWrapper<ExpertModel>;
  ExpertConnection: ResolverTypeWrapper<Omit<ExpertConnection, 'edges'> & { edges: Array<ResolversTypes['ExpertEdge']> }>;
  ExpertEdge: ResolverTypeWrapper<Omit<ExpertEdge, 'node'> & { node: ResolversTypes['Expert'] }>;
  ExpertFilter: ExpertFilter;
  ExpertMatch: ResolverTypeWrapper<ExpertMatchModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ExpertMatchConnection: ResolverTypeWrapper<Omit<ExpertMatchConnection, 'edges'> & { edges: Array<ResolversTypes['ExpertMatchEdge']> }>;
  ExpertMatchEdge: ResolverTypeWrapper<Omit<ExpertMatchEdge, 'node'> & { node: ResolversTypes['ExpertMatch'] }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Language: Language;
  MatchInput: MatchInput;
  MatchReason: ResolverTypeWrapper<DomainMatchReason>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PersonalData: ResolverTypeWrapper<PersonalDataReference>;
  ProfileInput: ProfileInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: Region;
  RosterApplicationInput: RosterApplicationInput;
  RosterStatus: RosterStatus;
  ThematicArea: ThematicArea;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Activity: ActivityNeed;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Availability: Availability;
  AvailabilityInput: AvailabilityInput;
  Consent: Consent;
  Country: CountryStub;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeploymentWithoutConsent: DeploymentWithoutConsent;
  Expert: ExpertModel;
  ExpertConnection: Omit<ExpertConnection, 'edges'> & { edges: Array<ResolversParentTypes['ExpertEdge']> };
  ExpertEdge: Omit<ExpertEdge, 'node'> & { node: ResolversParentTypes['Expert'] };
  ExpertFilter: ExpertFilter;
  ExpertMatch: ExpertMatchModel;
  Float: Scalars['Float']['output'];
  ExpertMatchConnection: Omit<ExpertMatchConnection, 'edges'> & { edges: Array<ResolversParentTypes['ExpertMatchEdge']> };
  ExpertMatchEdge: Omit<ExpertMatchEdge, 'node'> & { node: ResolversParentTypes['ExpertMatch'] };
  JSON: Scalars['JSON']['output'];
  MatchInput: MatchInput;
  MatchReason: DomainMatchReason;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PersonalData: PersonalDataReference;
  ProfileInput: ProfileInput;
  Query: Record<PropertyKey, never>;
  RosterApplicationInput: RosterApplicationInput;
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

export type ActivityResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity'], FederationReferenceType extends FederationReferenceTypes['Activity'] = FederationReferenceTypes['Activity']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Activity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  candidateExperts?: Resolver<Maybe<ResolversTypes['ExpertMatchConnection']>, ParentType, ContextType, Partial<ActivityCandidateExpertsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AvailabilityResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Availability'] = ResolversParentTypes['Availability']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type ConsentResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = ResolversObject<{
  givenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  noticeVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type CountryResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeploymentWithoutConsentResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['DeploymentWithoutConsent'] = ResolversParentTypes['DeploymentWithoutConsent']> = ResolversObject<{
  activityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deploymentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expertId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type ExpertResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Expert'] = ResolversParentTypes['Expert'], FederationReferenceType extends FederationReferenceTypes['Expert'] = FederationReferenceTypes['Expert']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Expert']> | FederationReferenceType, FederationReferenceType, ContextType>;
  availability?: Resolver<Maybe<Array<ResolversTypes['Availability']>>, ParentType, ContextType>;
  consent?: Resolver<Maybe<ResolversTypes['Consent']>, ParentType, ContextType>;
  countriesOfExperience?: Resolver<Maybe<Array<ResolversTypes['Country']>>, ParentType, ContextType>;
  cvSummary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employerType?: Resolver<Maybe<ResolversTypes['EmployerType']>, ParentType, ContextType>;
  erased?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  euNational?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  memberState?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  nationality?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publicOfficial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  refusalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regions?: Resolver<Maybe<Array<ResolversTypes['Region']>>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RosterStatus'], ParentType, ContextType>;
  subTopics?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  thematicAreas?: Resolver<Maybe<Array<ResolversTypes['ThematicArea']>>, ParentType, ContextType>;
}>;

export type ExpertConnectionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ExpertConnection'] = ResolversParentTypes['ExpertConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ExpertEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExpertEdgeResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ExpertEdge'] = ResolversParentTypes['ExpertEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Expert'], ParentType, ContextType>;
}>;

export type ExpertMatchResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ExpertMatch'] = ResolversParentTypes['ExpertMatch']> = ResolversObject<{
  expert?: Resolver<ResolversTypes['Expert'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['MatchReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ExpertMatchConnectionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ExpertMatchConnection'] = ResolversParentTypes['ExpertMatchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ExpertMatchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExpertMatchEdgeResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ExpertMatchEdge'] = ResolversParentTypes['ExpertMatchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ExpertMatch'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MatchReasonResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['MatchReason'] = ResolversParentTypes['MatchReason']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MatchReasonMessageArgs, 'lang'>>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  applyToRoster?: Resolver<ResolversTypes['Expert'], ParentType, ContextType, RequireFields<MutationApplyToRosterArgs, 'input'>>;
  eraseExpert?: Resolver<ResolversTypes['Expert'], ParentType, ContextType, RequireFields<MutationEraseExpertArgs, 'id'>>;
  reviewApplication?: Resolver<ResolversTypes['Expert'], ParentType, ContextType, RequireFields<MutationReviewApplicationArgs, 'id' | 'status'>>;
  setMyAvailability?: Resolver<ResolversTypes['Expert'], ParentType, ContextType, RequireFields<MutationSetMyAvailabilityArgs, 'periods'>>;
  updateMyProfile?: Resolver<ResolversTypes['Expert'], ParentType, ContextType, RequireFields<MutationUpdateMyProfileArgs, 'input'>>;
  withdrawConsent?: Resolver<ResolversTypes['Expert'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonalDataResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['PersonalData'] = ResolversParentTypes['PersonalData'], FederationReferenceType extends FederationReferenceTypes['PersonalData'] = FederationReferenceTypes['PersonalData']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalData']> | FederationReferenceType, FederationReferenceType, ContextType>;
  expertId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roster?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  deploymentsWithoutConsent?: Resolver<Array<ResolversTypes['DeploymentWithoutConsent']>, ParentType, ContextType>;
  expert?: Resolver<Maybe<ResolversTypes['Expert']>, ParentType, ContextType, RequireFields<QueryExpertArgs, 'id'>>;
  experts?: Resolver<Maybe<ResolversTypes['ExpertConnection']>, ParentType, ContextType, Partial<QueryExpertsArgs>>;
  matchExperts?: Resolver<Maybe<ResolversTypes['ExpertMatchConnection']>, ParentType, ContextType, RequireFields<QueryMatchExpertsArgs, 'input'>>;
  myData?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  myPersonalData?: Resolver<Maybe<ResolversTypes['PersonalData']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ServiceContext> = ResolversObject<{
  Activity?: ActivityResolvers<ContextType>;
  Availability?: AvailabilityResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeploymentWithoutConsent?: DeploymentWithoutConsentResolvers<ContextType>;
  Expert?: ExpertResolvers<ContextType>;
  ExpertConnection?: ExpertConnectionResolvers<ContextType>;
  ExpertEdge?: ExpertEdgeResolvers<ContextType>;
  ExpertMatch?: ExpertMatchResolvers<ContextType>;
  ExpertMatchConnection?: ExpertMatchConnectionResolvers<ContextType>;
  ExpertMatchEdge?: ExpertMatchEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  MatchReason?: MatchReasonResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PersonalData?: PersonalDataResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = ServiceContext> = ResolversObject<{
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  override?: OverrideDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
  tag?: TagDirectiveResolver<any, any, ContextType>;
}>;
