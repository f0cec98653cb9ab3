/* Generated from schema.graphql by scripts/codegen.js: do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RequestModel, ActionFicheModel, TransitionModel, InstitutionModel, RequestModel as TrackedRequestModel } from '../request/request.model';
import type { ProjectOfficerModel } from '../officer/officer.model';
import type { PartnerInstitutionModel } from '../partner/partner.model';
import type { CountryModel } from '../country/country.model';
import type { ThematicAreaInfo as DomainThematicArea, SubTopicInfo as DomainSubTopic, EligibilityAssessment as DomainEligibilityAssessment, EligibilityReason as DomainEligibilityReason } from '@mieux/domain';
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
};

export type ActionFiche = {
  __typename?: 'ActionFiche';
  draftedAt: Scalars['DateTime']['output'];
  objectives: Scalars['String']['output'];
  plannedActivities: Array<PlannedActivities>;
  priorityNeeds: Array<Scalars['String']['output']>;
  /** 1 for the first draft, one more for each revision. */
  version: Scalars['Int']['output'];
};

export type ActionFicheInput = {
  objectives: Scalars['String']['input'];
  plannedActivities: Array<PlannedActivitiesInput>;
  priorityNeeds: Array<Scalars['String']['input']>;
};

export type ActivityType =
  | 'INFORMATION_EXCHANGE'
  | 'POLICY_WORK'
  | 'PRACTICAL_TOOLS'
  | 'TRAINING';

export type BeneficiaryKind =
  | 'COUNTRY'
  | 'REGIONAL_ORGANISATION';

/** Personal data of the requester's focal point: seen by the requester, project officers and the Steering Committee. */
export type Contact = {
  __typename?: 'Contact';
  email: Scalars['String']['output'];
  /** The language the graph writes to them in (the notifier's e-mails): EN unless they chose FR. */
  language: Language;
  name: Scalars['String']['output'];
  phone: Maybe<Scalars['String']['output']>;
};

export type ContactInput = {
  email: Scalars['String']['input'];
  /** The language e-mails to this contact are written in. */
  language?: InputMaybe<Language>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A beneficiary of the facility: a country (ISO 3166-1 alpha-2 code) or a regional organisation
 * (its own code, e.g. ECOWAS). Every service refers to the beneficiary of a request by this code.
 */
export type Country = {
  __typename?: 'Country';
  code: Scalars['String']['output'];
  /** Whether it could request on a date (today when omitted). */
  eligible: Scalars['Boolean']['output'];
  euMemberState: Scalars['Boolean']['output'];
  /** The EU cooperation instruments that covered it on a date (today when omitted). */
  instruments: Array<Scalars['String']['output']>;
  kind: BeneficiaryKind;
  /** Member states, for a regional organisation. */
  memberStates: Array<Country>;
  name: Scalars['String']['output'];
  region: Maybe<Region>;
};


/**
 * A beneficiary of the facility: a country (ISO 3166-1 alpha-2 code) or a regional organisation
 * (its own code, e.g. ECOWAS). Every service refers to the beneficiary of a request by this code.
 */
export type CountryEligibleArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A beneficiary of the facility: a country (ISO 3166-1 alpha-2 code) or a regional organisation
 * (its own code, e.g. ECOWAS). Every service refers to the beneficiary of a request by this code.
 */
export type CountryInstrumentsArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A beneficiary of the facility: a country (ISO 3166-1 alpha-2 code) or a regional organisation
 * (its own code, e.g. ECOWAS). Every service refers to the beneficiary of a request by this code.
 */
export type CountryNameArgs = {
  lang?: InputMaybe<Language>;
};

/** The members of the Project Steering Committee whose decisions are recorded. */
export type DecidingBody =
  | 'DG_HOME'
  | 'DG_INTPA'
  | 'DG_NEAR'
  | 'EEAS';

export type Decision = {
  __typename?: 'Decision';
  /** The Steering Committee member whose decision it is; null for decisions recorded before it was asked. */
  body: Maybe<DecidingBody>;
  decidedOn: Scalars['Date']['output'];
  outcome: DecisionOutcome;
  rationale: Scalars['String']['output'];
};

/** A band of days to decision, both bounds included. */
export type DecisionDaysBand = {
  __typename?: 'DecisionDaysBand';
  count: Scalars['Int']['output'];
  fromDays: Scalars['Int']['output'];
  /** Null for the last band, which has no end. */
  toDays: Maybe<Scalars['Int']['output']>;
};

export type DecisionInput = {
  /** The Steering Committee member deciding. */
  body: DecidingBody;
  /** Today when omitted. */
  decidedOn?: InputMaybe<Scalars['Date']['input']>;
  outcome: DecisionOutcome;
  /** The decision's rationale, or the comments for the revision. */
  rationale: Scalars['String']['input'];
};

export type DecisionOutcome =
  | 'APPROVED'
  | 'REJECTED'
  /** The Action Fiche goes back to the project officer with the committee's comments (the rationale). */
  | 'REVISION_REQUESTED';

/**
 * Days from expression of interest to the Steering Committee's final decision (approved or rejected),
 * for the requests decided in a year.
 */
export type DecisionTimes = {
  __typename?: 'DecisionTimes';
  /** Requests approved or rejected that year. */
  decided: Scalars['Int']['output'];
  /** How many took each band of days, in order: 0-30, 31-90, 91-180, 181-365, over 365. */
  distribution: Array<DecisionDaysBand>;
  maxDays: Maybe<Scalars['Int']['output']>;
  /** The median of their days to decision (the mean of the two middle values for an even count). */
  medianDays: Maybe<Scalars['Float']['output']>;
  minDays: Maybe<Scalars['Int']['output']>;
  /** The year of the decisions. */
  year: Scalars['Int']['output'];
};

export type EligibilityAssessment = {
  __typename?: 'EligibilityAssessment';
  eligible: Scalars['Boolean']['output'];
  reasons: Array<EligibilityReason>;
};

export type EligibilityInput = {
  countryCode: Scalars['String']['input'];
  institutions: Array<InstitutionInput>;
  /** Today when omitted. */
  requestDate?: InputMaybe<Scalars['Date']['input']>;
};

/** A project officer's override of the automatic eligibility result. */
export type EligibilityOverride = {
  __typename?: 'EligibilityOverride';
  at: Scalars['DateTime']['output'];
  eligible: Scalars['Boolean']['output'];
  rationale: Scalars['String']['output'];
};

export type EligibilityReason = {
  __typename?: 'EligibilityReason';
  /** Whether this reason alone makes the request ineligible. */
  blocking: Scalars['Boolean']['output'];
  /** Stable code, e.g. CSO_WITHOUT_GOVERNMENT_PARTNER. */
  code: Scalars['String']['output'];
  /** The input field it is about, when there is one. */
  field: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};


export type EligibilityReasonMessageArgs = {
  lang?: InputMaybe<Language>;
};

export type ExpressionOfInterestInput = {
  channel?: InputMaybe<RequestChannel>;
  contact: ContactInput;
  /** Country code (ISO 3166-1 alpha-2) or regional organisation code. */
  countryCode: Scalars['String']['input'];
  description: Scalars['String']['input'];
  /** A past date, for project officers recording a request received earlier; today otherwise. */
  expressionOfInterestOn?: InputMaybe<Scalars['Date']['input']>;
  institutions: Array<InstitutionInput>;
  subTopics?: InputMaybe<Array<Scalars['String']['input']>>;
  thematicAreas: Array<ThematicArea>;
  title: Scalars['String']['input'];
};

export type Institution = {
  __typename?: 'Institution';
  country: Maybe<Country>;
  name: Scalars['String']['output'];
  type: InstitutionType;
};

export type InstitutionInput = {
  countryCode?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  type: InstitutionType;
};

export type InstitutionType =
  | 'CIVIL_SOCIETY_ORGANISATION'
  | 'JUDICIARY'
  | 'LOCAL_INSTITUTION'
  | 'NATIONAL_INSTITUTION'
  | 'OMBUDSPERSON'
  | 'PARLIAMENT'
  | 'PROSECUTORS_OFFICE'
  | 'REGIONAL_ORGANISATION';

export type Language =
  | 'EN'
  | 'FR';

export type Mutation = {
  __typename?: 'Mutation';
  assessEligibility: Request;
  /** Project officers: puts a project officer in charge of a request, recorded in its history as an ASSIGNMENT. */
  assignRequest: Request;
  /** The requester or a project officer, while EXPRESSION_OF_INTEREST or SUBMITTED; recorded in the history as a CORRECTION. */
  correctRequest: Request;
  /**
   * Project officers, once they have verified it: records the request's requesting institution (the
   * one at `institutionIndex` of its list, the first by default) as a partner institution, with the
   * request's contact as its focal point, and links it to the request. Asked again, the same
   * institution stays linked and no second one is made.
   */
  createPartnerFromRequest: Request;
  /** Project officers: records a partner institution. The same idempotency key with the same input returns the first. */
  createPartnerInstitution: PartnerInstitution;
  /** Steering Committee: APPROVED, REJECTED or REVISION_REQUESTED (back to the project officer), with its rationale and the deciding body. */
  decideRequest: Request;
  /** Project officers: the first draft of an ELIGIBLE request's Action Fiche, a new draft after a revision was asked, or a revision before the decision (each a new version). */
  draftActionFiche: Request;
  /** Project officers: links a request to a partner institution, whose partners then follow it and its Action. */
  linkPartnerInstitution: Request;
  /** Project officers: turns the eligibility result, with a rationale recorded in the history as an ELIGIBILITY_OVERRIDE. */
  overrideEligibility: Request;
  recordOfficialRequest: Request;
  /** Project officers: records a project officer (again: changes their name or region). Coordinating a region takes it from its coordinator. */
  saveProjectOfficer: ProjectOfficer;
  /** Open to anyone: the first step of a request. The same idempotency key returns the same request. */
  submitExpressionOfInterest: Request;
  withdrawRequest: Request;
};


export type MutationAssessEligibilityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignRequestArgs = {
  id: Scalars['ID']['input'];
  officerId: Scalars['ID']['input'];
};


export type MutationCorrectRequestArgs = {
  id: Scalars['ID']['input'];
  input: RequestCorrectionInput;
};


export type MutationCreatePartnerFromRequestArgs = {
  institutionIndex?: InputMaybe<Scalars['Int']['input']>;
  requestId: Scalars['ID']['input'];
};


export type MutationCreatePartnerInstitutionArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: PartnerInstitutionInput;
};


export type MutationDecideRequestArgs = {
  id: Scalars['ID']['input'];
  input: DecisionInput;
};


export type MutationDraftActionFicheArgs = {
  id: Scalars['ID']['input'];
  input: ActionFicheInput;
};


export type MutationLinkPartnerInstitutionArgs = {
  institutionId: Scalars['ID']['input'];
  requestId: Scalars['ID']['input'];
};


export type MutationOverrideEligibilityArgs = {
  eligible: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  rationale: Scalars['String']['input'];
};


export type MutationRecordOfficialRequestArgs = {
  id: Scalars['ID']['input'];
  input: OfficialRequestInput;
};


export type MutationSaveProjectOfficerArgs = {
  input: ProjectOfficerInput;
};


export type MutationSubmitExpressionOfInterestArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ExpressionOfInterestInput;
};


export type MutationWithdrawRequestArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type OfficialLetter = {
  __typename?: 'OfficialLetter';
  channel: RequestChannel;
  receivedOn: Scalars['Date']['output'];
  reference: Scalars['String']['output'];
};

export type OfficialRequestInput = {
  channel: RequestChannel;
  letterReference: Scalars['String']['input'];
  receivedOn: Scalars['Date']['input'];
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
 * A partner institution: the ministry, agency or organisation that asks for and owns an Action. Its
 * partners sign in with its id as their token's `org` claim and follow its requests and Actions.
 */
export type PartnerInstitution = {
  __typename?: 'PartnerInstitution';
  /** Its focal points: personal data, seen by project officers, the Steering Committee and the institution's own partners. */
  contacts: Maybe<Array<Contact>>;
  country: Maybe<Country>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  type: InstitutionType;
};

export type PartnerInstitutionConnection = {
  __typename?: 'PartnerInstitutionConnection';
  edges: Array<PartnerInstitutionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnerInstitutionEdge = {
  __typename?: 'PartnerInstitutionEdge';
  cursor: Scalars['String']['output'];
  node: PartnerInstitution;
};

export type PartnerInstitutionInput = {
  contacts: Array<ContactInput>;
  /** Country code (ISO 3166-1 alpha-2) or regional organisation code. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  type: InstitutionType;
};

export type PlannedActivities = {
  __typename?: 'PlannedActivities';
  count: Scalars['Int']['output'];
  type: ActivityType;
};

export type PlannedActivitiesInput = {
  count: Scalars['Int']['input'];
  type: ActivityType;
};

/**
 * A project officer as the graph records them: the opaque id that names their changes in histories
 * (never their sign-in) and a display name. Each may coordinate a region: new requests from its
 * countries are assigned to them.
 */
export type ProjectOfficer = {
  __typename?: 'ProjectOfficer';
  /** The region they coordinate; null when none. */
  coordinatorOf: Maybe<Region>;
  displayName: Scalars['String']['output'];
  /** Where the notifier writes to them (requests arriving and decided): project officers only, null for everyone else and when none is recorded. */
  email: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The language the notifier writes to them in. */
  language: Language;
};

export type ProjectOfficerInput = {
  /** The region they coordinate, taken from the officer who coordinated it; none when omitted. */
  coordinatorOf?: InputMaybe<Region>;
  displayName: Scalars['String']['input'];
  /** Where the notifier writes to them; none when omitted (then they are sent no e-mail). */
  email?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Language>;
  /** The officer's sign-in (their token's subject): the graph shows only the opaque id made from it. */
  signIn: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Dry run of the eligibility rules; open to anyone. */
  checkEligibility: Maybe<EligibilityAssessment>;
  /** Countries and regional organisations (kind tells which). */
  countries: Maybe<Array<Country>>;
  country: Maybe<Country>;
  /** The institution a signed-in partner acts for (its token's `org`); null without one. */
  myInstitution: Maybe<PartnerInstitution>;
  /**
   * A project officer's requests: those assigned to them; a partner's: their own and their
   * institution's. The latest expression of interest first, pages as `requests`.
   */
  myRequests: Maybe<RequestConnection>;
  /** A partner institution: the reading roles, and the institution's own partners. */
  partnerInstitution: Maybe<PartnerInstitution>;
  /** Partner institutions by name, for the reading roles; `search` finds words of the name. Pages of at most 100 (`first`/`after` or `last`/`before`), 20 by default. */
  partnerInstitutions: Maybe<PartnerInstitutionConnection>;
  /** A project officer by id, for the reading roles; null when there is none. */
  projectOfficer: Maybe<ProjectOfficer>;
  /** The project officers, by display name, with the regions they coordinate: for the reading roles. */
  projectOfficers: Maybe<Array<ProjectOfficer>>;
  request: Maybe<Request>;
  /** The request of a reference (REQ-2026-005, in any case); null when there is none or the caller may not read it. */
  requestByReference: Maybe<Request>;
  /** Requests, the latest expression of interest first. Pages of at most 100 (`first`/`after` or `last`/`before`), 20 by default. */
  requests: Maybe<RequestConnection>;
  thematicAreas: Maybe<Array<ThematicAreaInfo>>;
  /**
   * Project officers, the Steering Committee and analysts: days from expression of interest to final
   * decision per year of decision, between two years (from 2009 and to this year when omitted), the
   * years with decisions only, oldest first.
   */
  timeToDecision: Maybe<Array<DecisionTimes>>;
  /**
   * Open to anyone who holds a request's reference and the tracking code given when it was submitted:
   * where the request stands and what happens next, nothing personal. NOT_FOUND when the two do not match.
   */
  trackRequest: Maybe<RequestTracking>;
};


export type QueryCheckEligibilityArgs = {
  input: EligibilityInput;
};


export type QueryCountriesArgs = {
  eligibleOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryCountryArgs = {
  code: Scalars['String']['input'];
};


export type QueryMyRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPartnerInstitutionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProjectOfficerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRequestByReferenceArgs = {
  reference: Scalars['String']['input'];
};


export type QueryRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTimeToDecisionArgs = {
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  toYear?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTrackRequestArgs = {
  code: Scalars['String']['input'];
  reference: Scalars['String']['input'];
};

export type Region =
  | 'AFRICA'
  | 'ASIA_AND_PACIFIC'
  | 'EASTERN_NEIGHBOURHOOD'
  | 'LATIN_AMERICA_AND_CARIBBEAN'
  | 'OVERSEAS_COUNTRIES_AND_TERRITORIES'
  | 'SOUTHERN_NEIGHBOURHOOD';

export type Request = {
  __typename?: 'Request';
  /** The current Action Fiche. */
  actionFiche: Maybe<ActionFiche>;
  /** Every version of the Action Fiche, oldest first (the current one last). */
  actionFicheVersions: Array<ActionFiche>;
  /** Where the request can go next from its status. */
  allowedTransitions: Array<RequestStatus>;
  approvedOn: Maybe<Scalars['Date']['output']>;
  /** The project officer in charge: the coordinator of its region when it was submitted, unless assigned since; null when none. */
  assignedOfficer: Maybe<ProjectOfficer>;
  channel: RequestChannel;
  /** Null for callers who may not see personal data. */
  contact: Maybe<Contact>;
  /** The beneficiary: a country or a regional organisation. */
  country: Country;
  decision: Maybe<Decision>;
  description: Scalars['String']['output'];
  /** The assessment recorded by assessEligibility. */
  eligibility: Maybe<EligibilityAssessment>;
  /** Set when a project officer overrode the automatic eligibility result. */
  eligibilityOverride: Maybe<EligibilityOverride>;
  /** What the eligibility rules say of the request as it stands, so the requester learns at once what stands in the way. */
  eligibilityPreview: EligibilityAssessment;
  expressionOfInterestOn: Scalars['Date']['output'];
  history: Array<RequestTransition>;
  id: Scalars['ID']['output'];
  institutions: Array<Institution>;
  officialLetter: Maybe<OfficialLetter>;
  /** The partner institutions linked to the request: their partners follow it, and its Action. */
  partners: Array<PartnerInstitution>;
  /** Readable reference, e.g. REQ-2026-014. */
  reference: Scalars['String']['output'];
  status: RequestStatus;
  subTopics: Array<Scalars['String']['output']>;
  submittedAt: Scalars['DateTime']['output'];
  thematicAreas: Array<ThematicArea>;
  title: Scalars['String']['output'];
  /**
   * The code to follow the request with trackRequest: given once, in the answer to the
   * submitExpressionOfInterest that created it (a replay of the same submission answers null); null everywhere else.
   */
  trackingCode: Maybe<Scalars['String']['output']>;
};

export type RequestChannel =
  | 'EU_DELEGATION'
  | 'WEBSITE';

export type RequestConnection = {
  __typename?: 'RequestConnection';
  edges: Array<RequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * Corrections of a request while EXPRESSION_OF_INTEREST or SUBMITTED: what is given replaces what the
 * request says (the country and the contact are not corrected here).
 */
export type RequestCorrectionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  institutions?: InputMaybe<Array<InstitutionInput>>;
  subTopics?: InputMaybe<Array<Scalars['String']['input']>>;
  thematicAreas?: InputMaybe<Array<ThematicArea>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type RequestEdge = {
  __typename?: 'RequestEdge';
  cursor: Scalars['String']['output'];
  node: Request;
};

export type RequestFilter = {
  /** Only the requests assigned to this project officer (ProjectOfficer.id). */
  assignedOfficerId?: InputMaybe<Scalars['ID']['input']>;
  channel?: InputMaybe<RequestChannel>;
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** Expression of interest on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** A reference, whole or its beginning, in any case: REQ-2026-005 finds that request, REQ-2026 that year's requests. */
  reference?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Region>;
  /** Words in the title, or the beginning of the reference (REQ-2026-005, req-2026). */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<RequestStatus>>;
  thematicArea?: InputMaybe<ThematicArea>;
  /** Expression of interest on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** What a line of a request's history records. */
export type RequestHistoryKind =
  /** A new version of the Action Fiche before the decision. */
  | 'ACTION_FICHE_REVISION'
  /** The project officer in charge set: by a project officer, or on submission to the region's coordinator (no actor then). */
  | 'ASSIGNMENT'
  /** The request corrected while EXPRESSION_OF_INTEREST or SUBMITTED (the reason names the fields). */
  | 'CORRECTION'
  /** A project officer's override of the automatic eligibility result, with its rationale. */
  | 'ELIGIBILITY_OVERRIDE'
  /** A move along the lifecycle. */
  | 'TRANSITION';

export type RequestStatus =
  | 'ACTION_FICHE_DRAFTED'
  | 'APPROVED'
  | 'ELIGIBLE'
  | 'EXPRESSION_OF_INTEREST'
  | 'INELIGIBLE'
  | 'REJECTED'
  /** The Steering Committee sent the Action Fiche back; the project officer drafts it again. */
  | 'REVISION_REQUESTED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

/** Where a request stands, for whoever holds its reference and tracking code: nothing personal. */
export type RequestTracking = {
  __typename?: 'RequestTracking';
  decidedOn: Maybe<Scalars['Date']['output']>;
  expressionOfInterestOn: Scalars['Date']['output'];
  /** What happens next, in the language asked. */
  nextStep: Scalars['String']['output'];
  officialLetterReceivedOn: Maybe<Scalars['Date']['output']>;
  reference: Scalars['String']['output'];
  status: RequestStatus;
};


/** Where a request stands, for whoever holds its reference and tracking code: nothing personal. */
export type RequestTrackingNextStepArgs = {
  lang?: InputMaybe<Language>;
};

/**
 * One step of a request's lifecycle: who moved it (the role acted as and an opaque, stable id of the
 * caller, never their e-mail), when, from where to where, and why.
 */
export type RequestTransition = {
  __typename?: 'RequestTransition';
  /** An opaque, stable id of the caller who made the change; null for an anonymous expression of interest. */
  actorId: Maybe<Scalars['String']['output']>;
  /** The sign-in of the caller who made the change (the token's subject, often an e-mail): read by project officers only, null for everyone else. */
  actorSubject: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** The Steering Committee member, on its decisions. */
  body: Maybe<DecidingBody>;
  /**
   * The caller's opaque id, as `actorId` (it was the caller's e-mail before 2026-12).
   * @deprecated Use actorId (the same opaque id) and role.
   */
  by: Maybe<Scalars['String']['output']>;
  from: Maybe<RequestStatus>;
  kind: RequestHistoryKind;
  reason: Maybe<Scalars['String']['output']>;
  /** The role the caller acted as; null for an anonymous expression of interest. */
  role: Maybe<Role>;
  to: RequestStatus;
};

export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'EXPERT'
  | 'PARTNER'
  | 'PROJECT_OFFICER'
  | 'STEERING_COMMITTEE';

export type SubTopicInfo = {
  __typename?: 'SubTopicInfo';
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
};


export type SubTopicInfoLabelArgs = {
  lang?: InputMaybe<Language>;
};

export type ThematicArea =
  | 'HORIZONTAL_INTERVENTIONS'
  | 'INTERNATIONAL_PROTECTION_AND_ASYLUM'
  | 'IRREGULAR_MIGRATION_AND_TRAFFICKING'
  | 'LEGAL_MIGRATION_AND_MOBILITY'
  | 'MIGRATION_AND_DEVELOPMENT';

export type ThematicAreaInfo = {
  __typename?: 'ThematicAreaInfo';
  code: ThematicArea;
  label: Scalars['String']['output'];
  subTopics: Array<SubTopicInfo>;
};


export type ThematicAreaInfoLabelArgs = {
  lang?: InputMaybe<Language>;
};

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
  Country: Country;
  ProjectOfficer: ProjectOfficer;
  Request: Request;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Country:
    ( { __typename: 'Country' }
    & GraphQLRecursivePick<FederationTypes['Country'], {"code":true}> );
  ProjectOfficer:
    ( { __typename: 'ProjectOfficer' }
    & GraphQLRecursivePick<FederationTypes['ProjectOfficer'], {"id":true}> );
  Request:
    ( { __typename: 'Request' }
    & GraphQLRecursivePick<FederationTypes['Request'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActionFiche: ResolverTypeWrapper<ActionFicheModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ActionFicheInput: ActionFicheInput;
  ActivityType: ActivityType;
  BeneficiaryKind: BeneficiaryKind;
  Contact: ResolverTypeWrapper<Contact>;
  ContactInput: ContactInput;
  Country: ResolverTypeWrapper<CountryModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecidingBody: DecidingBody;
  Decision: ResolverTypeWrapper<Decision>;
  DecisionDaysBand: ResolverTypeWrapper<DecisionDaysBand>;
  DecisionInput: DecisionInput;
  DecisionOutcome: DecisionOutcome;
  DecisionTimes: ResolverTypeWrapper<DecisionTimes>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  EligibilityAssessment: ResolverTypeWrapper<DomainEligibilityAssessment>;
  EligibilityInput: EligibilityInput;
  EligibilityOverride: ResolverTypeWrapper<EligibilityOverride>;
  EligibilityReason: ResolverTypeWrapper<DomainEligibilityReason>;
  ExpressionOfInterestInput: ExpressionOfInterestInput;
  Institution: ResolverTypeWrapper<InstitutionModel>;
  InstitutionInput: InstitutionInput;
  InstitutionType: InstitutionType;
  Language: Language;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  OfficialLetter: ResolverTypeWrapper<OfficialLetter>;
  OfficialRequestInput: OfficialRequestInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartnerInstitution: ResolverTypeWrapper<PartnerInstitutionModel>;
  PartnerInstitutionConnection: ResolverTypeWrapper<Omit<PartnerInstitutionConnection, 'edges'> & { edges: Array<ResolversTypes['PartnerInstitutionEdge']> }>;
  PartnerInstitutionEdge: ResolverTypeWrapper<Omit<PartnerInstitutionEdge, 'node'> & { node: ResolversTypes['PartnerInstitution'] }>;
  PartnerInstitutionInput: PartnerInstitutionInput;
  PlannedActivities: ResolverTypeWrapper<PlannedActivities>;
  PlannedActivitiesInput: PlannedActivitiesInput;
  ProjectOfficer: ResolverTypeWrapper<ProjectOfficerModel>;
  ProjectOfficerInput: ProjectOfficerInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: Region;
  Request: ResolverTypeWrapper<RequestModel>;
  RequestChannel: RequestChannel;
  RequestConnection: ResolverTypeWrapper<Omit<RequestConnection, 'edges'> & { edges: Array<ResolversTypes['RequestEdge']> }>;
  RequestCorrectionInput: RequestCorrectionInput;
  RequestEdge: ResolverTypeWrapper<Omit<RequestEdge, 'node'> & { node: ResolversTypes['Request'] }>;
  RequestFilter: RequestFilter;
  RequestHistoryKind: RequestHistoryKind;
  RequestStatus: RequestStatus;
  RequestTracking: ResolverTypeWrapper<TrackedRequestModel>;
  RequestTransition: ResolverTypeWrapper<TransitionModel>;
  Role: Role;
  SubTopicInfo: ResolverTypeWrapper<DomainSubTopic>;
  ThematicArea: ThematicArea;
  ThematicAreaInfo: ResolverTypeWrapper<DomainThematicArea>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActionFiche: ActionFicheModel;
  Int: Scalars['Int']['output'];
  ActionFicheInput: ActionFicheInput;
  Contact: Contact;
  ContactInput: ContactInput;
  Country: CountryModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decision: Decision;
  DecisionDaysBand: DecisionDaysBand;
  DecisionInput: DecisionInput;
  DecisionTimes: DecisionTimes;
  Float: Scalars['Float']['output'];
  EligibilityAssessment: DomainEligibilityAssessment;
  EligibilityInput: EligibilityInput;
  EligibilityOverride: EligibilityOverride;
  EligibilityReason: DomainEligibilityReason;
  ExpressionOfInterestInput: ExpressionOfInterestInput;
  Institution: InstitutionModel;
  InstitutionInput: InstitutionInput;
  Mutation: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  OfficialLetter: OfficialLetter;
  OfficialRequestInput: OfficialRequestInput;
  PageInfo: PageInfo;
  PartnerInstitution: PartnerInstitutionModel;
  PartnerInstitutionConnection: Omit<PartnerInstitutionConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartnerInstitutionEdge']> };
  PartnerInstitutionEdge: Omit<PartnerInstitutionEdge, 'node'> & { node: ResolversParentTypes['PartnerInstitution'] };
  PartnerInstitutionInput: PartnerInstitutionInput;
  PlannedActivities: PlannedActivities;
  PlannedActivitiesInput: PlannedActivitiesInput;
  ProjectOfficer: ProjectOfficerModel;
  ProjectOfficerInput: ProjectOfficerInput;
  Query: Record<PropertyKey, never>;
  Request: RequestModel;
  RequestConnection: Omit<RequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['RequestEdge']> };
  RequestCorrectionInput: RequestCorrectionInput;
  RequestEdge: Omit<RequestEdge, 'node'> & { node: ResolversParentTypes['Request'] };
  RequestFilter: RequestFilter;
  RequestTracking: TrackedRequestModel;
  RequestTransition: TransitionModel;
  SubTopicInfo: DomainSubTopic;
  ThematicAreaInfo: DomainThematicArea;
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

export type ActionFicheResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ActionFiche'] = ResolversParentTypes['ActionFiche']> = ResolversObject<{
  draftedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  objectives?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plannedActivities?: Resolver<Array<ResolversTypes['PlannedActivities']>, ParentType, ContextType>;
  priorityNeeds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ContactResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Language'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CountryResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country'], FederationReferenceType extends FederationReferenceTypes['Country'] = FederationReferenceTypes['Country']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Country']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<CountryEligibleArgs>>;
  euMemberState?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  instruments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<CountryInstrumentsArgs>>;
  kind?: Resolver<ResolversTypes['BeneficiaryKind'], ParentType, ContextType>;
  memberStates?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<CountryNameArgs, 'lang'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DecisionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Decision'] = ResolversParentTypes['Decision']> = ResolversObject<{
  body?: Resolver<Maybe<ResolversTypes['DecidingBody']>, ParentType, ContextType>;
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['DecisionOutcome'], ParentType, ContextType>;
  rationale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DecisionDaysBandResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['DecisionDaysBand'] = ResolversParentTypes['DecisionDaysBand']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type DecisionTimesResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['DecisionTimes'] = ResolversParentTypes['DecisionTimes']> = ResolversObject<{
  decided?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  distribution?: Resolver<Array<ResolversTypes['DecisionDaysBand']>, ParentType, ContextType>;
  maxDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  medianDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EligibilityAssessmentResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['EligibilityAssessment'] = ResolversParentTypes['EligibilityAssessment']> = ResolversObject<{
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['EligibilityReason']>, ParentType, ContextType>;
}>;

export type EligibilityOverrideResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['EligibilityOverride'] = ResolversParentTypes['EligibilityOverride']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rationale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EligibilityReasonResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['EligibilityReason'] = ResolversParentTypes['EligibilityReason']> = ResolversObject<{
  blocking?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<EligibilityReasonMessageArgs, 'lang'>>;
}>;

export type InstitutionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution']> = ResolversObject<{
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['InstitutionType'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  assessEligibility?: Resolver<ResolversTypes['Request'], ParentType, ContextType, RequireFields<MutationAssessEligibilityArgs, 'id'>>;
  assignRequest?: Resolver<ResolversTypes['Request'], ParentType, ContextType, RequireFields<MutationAssignRequestArgs, 'id' | 'officerId'>>;
  correctRequest?: Resolver<ResolversTypes['Request'], ParentType, ContextType, RequireFields<MutationCorrectRequestArgs, 'id' | 'input'>>;
  createPartnerFromRequest?: Resolver<ResolversTypes['Request'], ParentType, ContextType, RequireFields<MutationCreatePartnerFromRequestArgs, 'institutionIndex' | 'requestId'>>;
  createPartnerInstitution?: Resolver<ResolversTypes['PartnerInstitution'], ParentType, ContextType, RequireFields<MutationCreatePartnerInstitutionArgs, 'input'>>;
  decideRequest?: Resolver<ResolversTypes['Request'], ParentType, ContextType, RequireFields<MutationDecideRequestArgs, 'id' | 'input'>>;
  draftActionFiche?: Resolver<ResolversTypes['Request'], ParentType, ContextType, RequireFields<MutationDraftActionFicheArgs, 'id' | 'input'>>;
  linkPartnerInstitution?: Resolver<ResolversTypes['Request'], ParentType, ContextType, RequireFields<MutationLinkPartnerInstitutionArgs, 'institutionId' | 'requestId'>>;
  overrideEligibility?: Resolver<ResolversTypes['Request'], ParentType, ContextType, RequireFields<MutationOverrideEligibilityArgs, 'eligible' | 'id' | 'rationale'>>;
  recordOfficialRequest?: Resolver<ResolversTypes['Request'], ParentType, ContextType, RequireFields<MutationRecordOfficialRequestArgs, 'id' | 'input'>>;
  saveProjectOfficer?: Resolver<ResolversTypes['ProjectOfficer'], ParentType, ContextType, RequireFields<MutationSaveProjectOfficerArgs, 'input'>>;
  submitExpressionOfInterest?: Resolver<ResolversTypes['Request'], ParentType, ContextType, RequireFields<MutationSubmitExpressionOfInterestArgs, 'input'>>;
  withdrawRequest?: Resolver<ResolversTypes['Request'], ParentType, ContextType, RequireFields<MutationWithdrawRequestArgs, 'id' | 'reason'>>;
}>;

export type OfficialLetterResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['OfficialLetter'] = ResolversParentTypes['OfficialLetter']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['RequestChannel'], ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartnerInstitutionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['PartnerInstitution'] = ResolversParentTypes['PartnerInstitution']> = ResolversObject<{
  contacts?: Resolver<Maybe<Array<ResolversTypes['Contact']>>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['InstitutionType'], ParentType, ContextType>;
}>;

export type PartnerInstitutionConnectionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['PartnerInstitutionConnection'] = ResolversParentTypes['PartnerInstitutionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartnerInstitutionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnerInstitutionEdgeResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['PartnerInstitutionEdge'] = ResolversParentTypes['PartnerInstitutionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PartnerInstitution'], ParentType, ContextType>;
}>;

export type PlannedActivitiesResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['PlannedActivities'] = ResolversParentTypes['PlannedActivities']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ActivityType'], ParentType, ContextType>;
}>;

export type ProjectOfficerResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ProjectOfficer'] = ResolversParentTypes['ProjectOfficer'], FederationReferenceType extends FederationReferenceTypes['ProjectOfficer'] = FederationReferenceTypes['ProjectOfficer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProjectOfficer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  coordinatorOf?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Language'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  checkEligibility?: Resolver<Maybe<ResolversTypes['EligibilityAssessment']>, ParentType, ContextType, RequireFields<QueryCheckEligibilityArgs, 'input'>>;
  countries?: Resolver<Maybe<Array<ResolversTypes['Country']>>, ParentType, ContextType, Partial<QueryCountriesArgs>>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType, RequireFields<QueryCountryArgs, 'code'>>;
  myInstitution?: Resolver<Maybe<ResolversTypes['PartnerInstitution']>, ParentType, ContextType>;
  myRequests?: Resolver<Maybe<ResolversTypes['RequestConnection']>, ParentType, ContextType, Partial<QueryMyRequestsArgs>>;
  partnerInstitution?: Resolver<Maybe<ResolversTypes['PartnerInstitution']>, ParentType, ContextType, RequireFields<QueryPartnerInstitutionArgs, 'id'>>;
  partnerInstitutions?: Resolver<Maybe<ResolversTypes['PartnerInstitutionConnection']>, ParentType, ContextType, Partial<QueryPartnerInstitutionsArgs>>;
  projectOfficer?: Resolver<Maybe<ResolversTypes['ProjectOfficer']>, ParentType, ContextType, RequireFields<QueryProjectOfficerArgs, 'id'>>;
  projectOfficers?: Resolver<Maybe<Array<ResolversTypes['ProjectOfficer']>>, ParentType, ContextType>;
  request?: Resolver<Maybe<ResolversTypes['Request']>, ParentType, ContextType, RequireFields<QueryRequestArgs, 'id'>>;
  requestByReference?: Resolver<Maybe<ResolversTypes['Request']>, ParentType, ContextType, RequireFields<QueryRequestByReferenceArgs, 'reference'>>;
  requests?: Resolver<Maybe<ResolversTypes['RequestConnection']>, ParentType, ContextType, Partial<QueryRequestsArgs>>;
  thematicAreas?: Resolver<Maybe<Array<ResolversTypes['ThematicAreaInfo']>>, ParentType, ContextType>;
  timeToDecision?: Resolver<Maybe<Array<ResolversTypes['DecisionTimes']>>, ParentType, ContextType, Partial<QueryTimeToDecisionArgs>>;
  trackRequest?: Resolver<Maybe<ResolversTypes['RequestTracking']>, ParentType, ContextType, RequireFields<QueryTrackRequestArgs, 'code' | 'reference'>>;
}>;

export type RequestResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Request'] = ResolversParentTypes['Request'], FederationReferenceType extends FederationReferenceTypes['Request'] = FederationReferenceTypes['Request']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Request']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actionFiche?: Resolver<Maybe<ResolversTypes['ActionFiche']>, ParentType, ContextType>;
  actionFicheVersions?: Resolver<Array<ResolversTypes['ActionFiche']>, ParentType, ContextType>;
  allowedTransitions?: Resolver<Array<ResolversTypes['RequestStatus']>, ParentType, ContextType>;
  approvedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  assignedOfficer?: Resolver<Maybe<ResolversTypes['ProjectOfficer']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['RequestChannel'], ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eligibility?: Resolver<Maybe<ResolversTypes['EligibilityAssessment']>, ParentType, ContextType>;
  eligibilityOverride?: Resolver<Maybe<ResolversTypes['EligibilityOverride']>, ParentType, ContextType>;
  eligibilityPreview?: Resolver<ResolversTypes['EligibilityAssessment'], ParentType, ContextType>;
  expressionOfInterestOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['RequestTransition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institutions?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  officialLetter?: Resolver<Maybe<ResolversTypes['OfficialLetter']>, ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['PartnerInstitution']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RequestStatus'], ParentType, ContextType>;
  subTopics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  thematicAreas?: Resolver<Array<ResolversTypes['ThematicArea']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trackingCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RequestConnectionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['RequestConnection'] = ResolversParentTypes['RequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RequestEdgeResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['RequestEdge'] = ResolversParentTypes['RequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Request'], ParentType, ContextType>;
}>;

export type RequestTrackingResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['RequestTracking'] = ResolversParentTypes['RequestTracking']> = ResolversObject<{
  decidedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  expressionOfInterestOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  nextStep?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<RequestTrackingNextStepArgs, 'lang'>>;
  officialLetterReceivedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RequestStatus'], ParentType, ContextType>;
}>;

export type RequestTransitionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['RequestTransition'] = ResolversParentTypes['RequestTransition']> = ResolversObject<{
  actorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorSubject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['DecidingBody']>, ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['RequestStatus']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RequestHistoryKind'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['RequestStatus'], ParentType, ContextType>;
}>;

export type SubTopicInfoResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['SubTopicInfo'] = ResolversParentTypes['SubTopicInfo']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<SubTopicInfoLabelArgs, 'lang'>>;
}>;

export type ThematicAreaInfoResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ThematicAreaInfo'] = ResolversParentTypes['ThematicAreaInfo']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ThematicArea'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ThematicAreaInfoLabelArgs, 'lang'>>;
  subTopics?: Resolver<Array<ResolversTypes['SubTopicInfo']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ServiceContext> = ResolversObject<{
  ActionFiche?: ActionFicheResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decision?: DecisionResolvers<ContextType>;
  DecisionDaysBand?: DecisionDaysBandResolvers<ContextType>;
  DecisionTimes?: DecisionTimesResolvers<ContextType>;
  EligibilityAssessment?: EligibilityAssessmentResolvers<ContextType>;
  EligibilityOverride?: EligibilityOverrideResolvers<ContextType>;
  EligibilityReason?: EligibilityReasonResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OfficialLetter?: OfficialLetterResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerInstitution?: PartnerInstitutionResolvers<ContextType>;
  PartnerInstitutionConnection?: PartnerInstitutionConnectionResolvers<ContextType>;
  PartnerInstitutionEdge?: PartnerInstitutionEdgeResolvers<ContextType>;
  PlannedActivities?: PlannedActivitiesResolvers<ContextType>;
  ProjectOfficer?: ProjectOfficerResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Request?: RequestResolvers<ContextType>;
  RequestConnection?: RequestConnectionResolvers<ContextType>;
  RequestEdge?: RequestEdgeResolvers<ContextType>;
  RequestTracking?: RequestTrackingResolvers<ContextType>;
  RequestTransition?: RequestTransitionResolvers<ContextType>;
  SubTopicInfo?: SubTopicInfoResolvers<ContextType>;
  ThematicAreaInfo?: ThematicAreaInfoResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = ServiceContext> = ResolversObject<{
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  override?: OverrideDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
  tag?: TagDirectiveResolver<any, any, ContextType>;
}>;
