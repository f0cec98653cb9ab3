/* Generated from schema.graphql by scripts/codegen.js: do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActivityDraftModel, ActivityModel } from '../activity/activity.model';
import type { ActionModel, CountryStub } from '../action/action.model';
import type { DeploymentModel } from '../deployment/deployment.model';
import type { InvitationModel } from '../invitation/invitation.model';
import type { RequestStub } from '../request/request.model';
import type { ExpertStub } from '../expert/expert.model';
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

/** An approved request in implementation: typically 6-7 activities, to launch within three months. */
export type Action = {
  __typename?: 'Action';
  /** Its activities by start date. Pages of at most 100 (`first`/`after` or `last`/`before`), 20 by default. */
  activities: ActivityConnection;
  activityCount: Scalars['Int']['output'];
  /** The activities its Action Fiche planned, in the fiche's order: each to be dated with scheduleActivityDraft. */
  activityDrafts: Array<ActivityDraft>;
  allowedTransitions: Array<ActionStatus>;
  approvedOn: Scalars['Date']['output'];
  /** The project officer in charge: its request's when it was created, unless assigned since; null when none. */
  assignedOfficer: Maybe<ProjectOfficer>;
  /** The beneficiary: a country or a regional organisation. Its `code` is always there; null when the requests service cannot answer for the other fields asked. */
  country: Maybe<Country>;
  /** Every move of the Action, oldest first: created, implementation, completion, closing or cancellation. */
  history: Array<ActionTransition>;
  id: Scalars['ID']['output'];
  /** Approval plus three calendar months. */
  launchTarget: Scalars['Date']['output'];
  /** Start of the first activity held. */
  launchedOn: Maybe<Scalars['Date']['output']>;
  /** Whether the first activity started by the launch target; null while that is still open. */
  launchedOnTime: Maybe<Scalars['Boolean']['output']>;
  phase: Maybe<Phase>;
  /** Readable reference, e.g. MIEUX-2016-007. */
  reference: Scalars['String']['output'];
  region: Maybe<Region>;
  /** The request it was created from. Null when the requests service cannot answer for the fields asked; the error names it. */
  request: Maybe<Request>;
  status: ActionStatus;
  /** Sub-topic codes of its thematic areas (e.g. LABOUR_MIGRATION), as its request named them when it was created; empty for Actions created before Actions kept them. */
  subTopics: Array<Scalars['String']['output']>;
  thematicAreas: Array<ThematicArea>;
  title: Scalars['String']['output'];
};


/** An approved request in implementation: typically 6-7 activities, to launch within three months. */
export type ActionActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ActionConnection = {
  __typename?: 'ActionConnection';
  edges: Array<ActionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActionEdge = {
  __typename?: 'ActionEdge';
  cursor: Scalars['String']['output'];
  node: Action;
};

export type ActionFilter = {
  approvedFrom?: InputMaybe<Scalars['Date']['input']>;
  approvedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only the Actions assigned to this project officer (ProjectOfficer.id). */
  assignedOfficerId?: InputMaybe<Scalars['ID']['input']>;
  countryCode?: InputMaybe<Scalars['String']['input']>;
  phase?: InputMaybe<Phase>;
  /** A reference, whole or its beginning, in any case: MIEUX-2016-007 finds that Action, MIEUX-2016 that year's Actions. */
  reference?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Region>;
  status?: InputMaybe<Array<ActionStatus>>;
  thematicArea?: InputMaybe<ThematicArea>;
};

export type ActionStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'COMPLETED'
  | 'IN_IMPLEMENTATION'
  | 'PLANNED';

/** One move of an Action: from and to, who (a role and an opaque caller id, never an e-mail), when and why. */
export type ActionTransition = {
  __typename?: 'ActionTransition';
  /** An opaque, stable id of the caller who made the move. */
  actorId: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** The role the mover acted as (PROJECT_OFFICER). */
  by: Maybe<Scalars['String']['output']>;
  /** Null for its creation. */
  from: Maybe<ActionStatus>;
  /** Why: the cancellation's reason, the final evaluation that closed it, the activity that moved it. */
  reason: Maybe<Scalars['String']['output']>;
  to: ActionStatus;
};

export type Activity = {
  __typename?: 'Activity';
  action: Action;
  /** Where the activity can go today: its status's moves, less those its dates do not allow yet (held from its start date on) or any more (confirmed before it starts). */
  allowedTransitions: Array<ActivityStatus>;
  /** Experts already deployed, or invited and holding the dates, on dates overlapping this activity's (this one included): matching leaves them out. */
  busyExpertIds: Array<Scalars['ID']['output']>;
  city: Maybe<Scalars['String']['output']>;
  country: Maybe<Country>;
  /** Where it is held; for an online activity, the beneficiary's country code. */
  countryCode: Scalars['String']['output'];
  /** Its experts, in booking order. Pages of at most 100 (`first`/`after` or `last`/`before`), 20 by default. */
  deployments: DeploymentConnection;
  endsOn: Scalars['Date']['output'];
  format: ActivityFormat;
  /** Its corrections and reschedulings (updateActivity), oldest first; its status moves are in its Action's history. */
  history: Array<ActivityChange>;
  id: Scalars['ID']['output'];
  /** Project officers: the experts invited to it, the latest first, in pages as `deployments`; null for other callers, with a FORBIDDEN error. */
  invitations: Maybe<InvitationConnection>;
  online: Scalars['Boolean']['output'];
  startsOn: Scalars['Date']['output'];
  status: ActivityStatus;
  /** The sub-topics of its Action. */
  subTopics: Array<Scalars['String']['output']>;
  /** The thematic areas of its Action. */
  thematicAreas: Array<ThematicArea>;
  title: Scalars['String']['output'];
  type: ActivityType;
  /**
   * The languages it is held in, ISO 639-1 codes, the main one first: as planned, or by default the
   * official languages of the country where it is held (of the beneficiary for an online activity), among
   * the roster's working languages, English when none is (activities planned before they had working
   * languages were given the same default). Matching scores experts by the languages they share with it.
   */
  workingLanguages: Array<Scalars['String']['output']>;
};


export type ActivityDeploymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type ActivityInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ActivityCalendarFilter = {
  /** Where it is held (the beneficiary's country for an online activity). */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** The first day of the window. */
  from: Scalars['Date']['input'];
  /** The region of its Action's beneficiary. */
  region?: InputMaybe<Region>;
  status?: InputMaybe<Array<ActivityStatus>>;
  /** The last day of the window: not before `from`, at most twelve months after it. */
  to: Scalars['Date']['input'];
};

/** A correction or rescheduling of an activity: what changed, who (a role and an opaque caller id, never an e-mail), when and why. */
export type ActivityChange = {
  __typename?: 'ActivityChange';
  /** An opaque, stable id of the caller who made the correction. */
  actorId: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** The role the corrector acted as (PROJECT_OFFICER). */
  by: Maybe<Scalars['String']['output']>;
  changes: Array<ActivityFieldChange>;
  reason: Maybe<Scalars['String']['output']>;
};

export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  edges: Array<ActivityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * A correction or rescheduling of an activity: what is given replaces what the activity says; its type
 * stays. The dates follow the rules of planning (not before the Action's approval, at most five years
 * ahead, at most twelve months long).
 */
export type ActivityCorrectionInput = {
  /** An empty city clears it. */
  city?: InputMaybe<Scalars['String']['input']>;
  countryCode?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** A format of the activity's type. */
  format?: InputMaybe<ActivityFormat>;
  online?: InputMaybe<Scalars['Boolean']['input']>;
  /** Why it is corrected or rescheduled: kept in its history. */
  reason?: InputMaybe<Scalars['String']['input']>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** ISO 639-1 codes, at least one, at most 6: they replace the activity's (a change of place alone keeps its languages). */
  workingLanguages?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** An activity the Action Fiche planned (its type and a title), waiting for its dates. */
export type ActivityDraft = {
  __typename?: 'ActivityDraft';
  /** The activity it became once dated; null while it waits. */
  activity: Maybe<Activity>;
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  type: ActivityType;
};

/** The dates and place of a drafted activity: its type comes from the Action Fiche. */
export type ActivityDraftDatesInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  /** Where it is held; omitted for an online activity (the beneficiary's country is used). */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  endsOn: Scalars['Date']['input'];
  format: ActivityFormat;
  online?: InputMaybe<Scalars['Boolean']['input']>;
  startsOn: Scalars['Date']['input'];
  /** The draft's title when omitted. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** ISO 639-1 codes, the main one first, at most 6; when omitted, the official languages of the country where it is held among the roster's working languages (English when none is). */
  workingLanguages?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  cursor: Scalars['String']['output'];
  node: Activity;
};

/** One field a correction of an activity changed: from and to, as text (dates ISO, online true or false). */
export type ActivityFieldChange = {
  __typename?: 'ActivityFieldChange';
  /** title, format, startsOn, endsOn, countryCode, city, online or workingLanguages (codes separated by commas). */
  field: Scalars['String']['output'];
  from: Maybe<Scalars['String']['output']>;
  to: Maybe<Scalars['String']['output']>;
};

export type ActivityFormat =
  | 'HANDBOOK'
  | 'MANUAL'
  | 'NEEDS_ASSESSMENT'
  | 'POLICY_DRAFTING_SUPPORT'
  | 'SEMINAR'
  | 'STANDARD_OPERATING_PROCEDURES'
  | 'STRATEGY_DRAFTING_SUPPORT'
  | 'STUDY_VISIT'
  | 'TRAINING_DEPARTMENT_STRENGTHENING'
  | 'TRAINING_OF_TRAINERS'
  | 'WORKSHOP';

export type ActivityInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  /** Where it is held; omitted for an online activity (the beneficiary's country is used). */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  endsOn: Scalars['Date']['input'];
  format: ActivityFormat;
  online?: InputMaybe<Scalars['Boolean']['input']>;
  startsOn: Scalars['Date']['input'];
  title: Scalars['String']['input'];
  type: ActivityType;
  /** ISO 639-1 codes, the main one first, at most 6; when omitted, the official languages of the country where it is held among the roster's working languages (English when none is). */
  workingLanguages?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ActivityStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'HELD'
  | 'PLANNED';

export type ActivityType =
  | 'INFORMATION_EXCHANGE'
  | 'POLICY_WORK'
  | 'PRACTICAL_TOOLS'
  | 'TRAINING';

/** An officer's explicit decision to invite an expert on dates outside their declared availability. */
export type AvailabilityOverrideInput = {
  /** Why (e.g. agreed with the expert by phone): kept on the invitation. */
  reason: Scalars['String']['input'];
};

/** A beneficiary (country or regional organisation), owned by the requests service. */
export type Country = {
  __typename?: 'Country';
  code: Scalars['String']['output'];
};

export type CreateActionInput = {
  /** An APPROVED request; an Action is created from it once. */
  requestId: Scalars['ID']['input'];
  /** The request's title when omitted. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type Deployment = {
  __typename?: 'Deployment';
  activity: Activity;
  /**
   * The deployed expert, with the card this service keeps of the roster's events: the graph reads it here,
   * without asking the experts service. The public card (status, public official, EU national) for every
   * signed-in caller; the name, employer type, nationality and Member State for the expert and project
   * officers only, as the experts service answers them. Null when the experts service cannot answer for an
   * expert the copy does not hold yet; the error names it.
   */
  expert: Maybe<Expert>;
  id: Scalars['ID']['output'];
  /** The invitation whose acceptance made it; null for a deployment made directly (deployExpert) or recorded after the fact. Project officers and the expert. */
  invitation: Maybe<Invitation>;
  /** Why it was recorded after its activity was held (recordPastDeployment); null otherwise. */
  recordedReason: Maybe<Scalars['String']['output']>;
  role: DeploymentRole;
  status: DeploymentStatus;
};

export type DeploymentConnection = {
  __typename?: 'DeploymentConnection';
  edges: Array<DeploymentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DeploymentEdge = {
  __typename?: 'DeploymentEdge';
  cursor: Scalars['String']['output'];
  node: Deployment;
};

export type DeploymentRole =
  | 'EXPERT'
  | 'LEAD_EXPERT';

export type DeploymentStatus =
  | 'ACTIVE'
  | 'CANCELLED';

export type EmployerType =
  | 'ACADEMIA'
  | 'CIVIL_SOCIETY'
  | 'EU_MEMBER_STATE_ADMINISTRATION'
  | 'INTERNATIONAL_ORGANISATION'
  | 'PARTNER_COUNTRY_ADMINISTRATION'
  | 'PRIVATE_SECTOR';

export type Expert = {
  __typename?: 'Expert';
  /** Where the expert is or was deployed, by start date. Pages of at most 100 (`first`/`after` or `last`/`before`). Null when the actions service cannot answer; the error names it. */
  deployments: Maybe<DeploymentConnection>;
  displayName: Maybe<Scalars['String']['output']>;
  employerType: Maybe<EmployerType>;
  euNational: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  memberState: Maybe<Country>;
  nationality: Maybe<Country>;
  publicOfficial: Scalars['Boolean']['output'];
  status: RosterStatus;
};


export type ExpertDeploymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * An expert invited to an activity by a project officer, with a role and terms of reference. While
 * INVITED it holds the expert's dates (no other deployment or invitation may take them) until
 * `expiresAt`; only the expert's acceptance makes the ACTIVE deployment. Read by the invited expert
 * (`myInvitations`) and project officers (`Activity.invitations`).
 */
export type Invitation = {
  __typename?: 'Invitation';
  /** The activity: its dates, place and title. */
  activity: Activity;
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  /** Why the officer asked dates outside the expert's declared availability (overrideAvailability); null when within it. */
  availabilityOverrideReason: Maybe<Scalars['String']['output']>;
  /** The deployment its acceptance made. */
  deployment: Maybe<Deployment>;
  /** The invited expert (their card is the experts service's). */
  expert: Expert;
  /** When it lapses without an answer: a set time after it is sent (INVITATION_TTL_HOURS), at the latest at the end of the activity's first day (UTC). */
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invitedAt: Scalars['DateTime']['output'];
  /** The expert's reason for declining, or the officer's for withdrawing. */
  reason: Maybe<Scalars['String']['output']>;
  role: DeploymentRole;
  /** As it stands when read: an invitation past its expiry reads EXPIRED even before the expiry is written. */
  status: InvitationStatus;
  /** What the expert is asked to do: objectives, tasks, deliverables, as the officer wrote them. */
  termsOfReference: Scalars['String']['output'];
};

export type InvitationConnection = {
  __typename?: 'InvitationConnection';
  edges: Array<InvitationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InvitationEdge = {
  __typename?: 'InvitationEdge';
  cursor: Scalars['String']['output'];
  node: Invitation;
};

/**
 * Where an invitation stands. INVITED holds the expert's dates until it expires; ACCEPTED made the
 * deployment; DECLINED by the expert; EXPIRED without an answer in time; WITHDRAWN by the officer, with its
 * cancelled activity, or because the expert left the roster. Only INVITED moves, once.
 */
export type InvitationStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'INVITED'
  | 'WITHDRAWN';

export type Language =
  | 'EN'
  | 'FR';

/** A band of days from approval to launch, both bounds included. */
export type LaunchDaysBand = {
  __typename?: 'LaunchDaysBand';
  count: Scalars['Int']['output'];
  fromDays: Scalars['Int']['output'];
  /** Null for the last band, which has no end. */
  toDays: Maybe<Scalars['Int']['output']>;
};

/**
 * Days from the Steering Committee's approval to the Action's launch (the start of its first activity
 * held), for the Actions launched in a year; cancelled Actions are not counted, as in the portfolio.
 */
export type LaunchTimes = {
  __typename?: 'LaunchTimes';
  /** How many took each band of days, in order: 0-30, 31-90, 91-180, 181-365, over 365. */
  distribution: Array<LaunchDaysBand>;
  /** Actions launched that year. */
  launched: Scalars['Int']['output'];
  maxDays: Maybe<Scalars['Int']['output']>;
  /** The median of their days from approval to launch (the mean of the two middle values for an even count). */
  medianDays: Maybe<Scalars['Float']['output']>;
  minDays: Maybe<Scalars['Int']['output']>;
  /** The year of the launches. */
  year: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Project officers: puts a project officer in charge of an Action, recorded in its history (its status stays). */
  assignAction: Action;
  /** Cancels an Action; the reason is kept in its history. */
  cancelAction: Action;
  cancelDeployment: Deployment;
  /** Closes a COMPLETED Action once its final evaluation is recorded (CONFLICT, reason NO_FINAL_EVALUATION, before). */
  closeAction: Action;
  /** From an APPROVED request, once. */
  createAction: Action;
  /**
   * An ACTIVE expert of the roster, never on overlapping dates.
   * @deprecated Use inviteExpert: the expert is deployed once they accept (respondToInvitation), within their availability or with an override. For an activity already held, recordPastDeployment. Still answered as before.
   */
  deployExpert: Deployment;
  /**
   * Ends the expert's ACTIVE deployments not yet begun (starting after today), once the experts service has
   * recorded a withdrawal of consent or an erasure; waits for a booking in flight and ends it too. Idempotent.
   * Called by the experts service, not by clients.
   */
  endFutureDeployments: Array<Deployment>;
  /**
   * Writes EXPIRED, with its event, for every invitation past its expiry, at once: the actions service
   * already does it by itself every INVITATION_SWEEP_SECONDS; the rules never wait for either. Returns how
   * many it expired.
   */
  expireInvitations: Scalars['Int']['output'];
  /**
   * Project officers: invites an ACTIVE expert of the roster to a PLANNED or CONFIRMED activity, until its
   * first day (CONFLICT, reason ACTIVITY_BEGUN, after it), holding their dates until the invitation expires or is answered (CONFLICT when the dates are
   * taken by a deployment or another invitation). Dates outside the expert's declared availability are
   * refused (CONFLICT, reason OUTSIDE_AVAILABILITY) unless `overrideAvailability` says why. Errors people
   * read carry `extensions.messages` in EN and FR. The same idempotency key with the same input returns
   * the first invitation.
   */
  inviteExpert: Invitation;
  /** The same idempotency key with the same input returns the activity planned first. */
  planActivity: Activity;
  /**
   * Project officers: records an expert who took part in an activity already HELD (it cannot be invited
   * to any more), with the reason it is recorded after the fact. The expert must be on the roster (ACTIVE
   * or INACTIVE) and not deployed on overlapping dates.
   */
  recordPastDeployment: Deployment;
  /**
   * The invited expert answers: accepted, the deployment is made (ACTIVE); declined, with an optional
   * reason, the dates are free again. An invitation past its expiry is refused (CONFLICT, reason
   * INVITATION_EXPIRED, in EN and FR in `extensions.messages`); one already answered or withdrawn is a
   * CONFLICT naming its status.
   */
  respondToInvitation: Invitation;
  /** Dates a draft of the Action Fiche: the activity it becomes is PLANNED, typed as the fiche said. Once per draft. */
  scheduleActivityDraft: Activity;
  /** Along the activity lifecycle; the Action's status follows its activities. */
  setActivityStatus: Activity;
  /**
   * Reschedules or corrects a PLANNED or CONFIRMED activity (CONFLICT once HELD or CANCELLED), recorded in
   * its history with the reason. Its experts' deployments move with its dates; a move onto dates where one
   * of them is deployed elsewhere is refused (CONFLICT naming the expert and the deployment) and nothing
   * changes.
   */
  updateActivity: Activity;
  /** Project officers: withdraws an invitation still waiting for its answer, freeing the expert's dates. */
  withdrawInvitation: Invitation;
};


export type MutationAssignActionArgs = {
  id: Scalars['ID']['input'];
  officerId: Scalars['ID']['input'];
};


export type MutationCancelActionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCancelDeploymentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloseActionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateActionArgs = {
  input: CreateActionInput;
};


export type MutationDeployExpertArgs = {
  activityId: Scalars['ID']['input'];
  expertId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  role: DeploymentRole;
};


export type MutationEndFutureDeploymentsArgs = {
  expertId: Scalars['ID']['input'];
};


export type MutationInviteExpertArgs = {
  activityId: Scalars['ID']['input'];
  expertId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  overrideAvailability?: InputMaybe<AvailabilityOverrideInput>;
  role: DeploymentRole;
  termsOfReference: Scalars['String']['input'];
};


export type MutationPlanActivityArgs = {
  actionId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ActivityInput;
};


export type MutationRecordPastDeploymentArgs = {
  activityId: Scalars['ID']['input'];
  expertId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  role: DeploymentRole;
};


export type MutationRespondToInvitationArgs = {
  accept: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationScheduleActivityDraftArgs = {
  draftId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ActivityDraftDatesInput;
};


export type MutationSetActivityStatusArgs = {
  id: Scalars['ID']['input'];
  status: ActivityStatus;
};


export type MutationUpdateActivityArgs = {
  id: Scalars['ID']['input'];
  input: ActivityCorrectionInput;
};


export type MutationWithdrawInvitationArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
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
  /** Every deployment of the expert as stored, by start date: the activity, role, status, dates, when it was booked, the invitation it came from, and why it was recorded after its activity. */
  deployments: Scalars['JSON']['output'];
  expertId: Scalars['ID']['output'];
  /** Every invitation to the expert as stored, the latest first: the activity, role, terms of reference, dates, when it was sent, answered or expired, the reasons given, the deployment it made, and the opaque id of the officer who sent it. */
  invitations: Scalars['JSON']['output'];
};

export type Phase =
  | 'MIEUX_I'
  | 'MIEUX_II'
  | 'MIEUX_III'
  | 'MIEUX_PLUS';

/** A project officer of the requests service, by its opaque id. */
export type ProjectOfficer = {
  __typename?: 'ProjectOfficer';
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  action: Maybe<Action>;
  /** The Action of a reference (MIEUX-2016-007, in any case); null when there is none or the caller may not read it. */
  actionByReference: Maybe<Action>;
  /** Actions, the latest approved first. Pages of at most 100 (`first`/`after` or `last`/`before`), 20 by default. */
  actions: Maybe<ActionConnection>;
  /**
   * The calendar across Actions: the activities held, even in part, between two dates (a window of at
   * most twelve months), by start date. The reading roles read every Action's; a partner its
   * institution's. Pages of at most 100 (`first`/`after` or `last`/`before`), 20 by default.
   */
  activities: Maybe<ActivityConnection>;
  activity: Maybe<Activity>;
  /**
   * A project officer's Actions: those assigned to them; a partner's: their institution's. The latest
   * approved first, pages as `actions`.
   */
  myActions: Maybe<ActionConnection>;
  /**
   * The signed-in expert's invitations, the latest first (with `status`, only those), each with its
   * activity's dates and place, the role and the terms of reference. Pages of at most 100, 20 by default.
   */
  myInvitations: Maybe<InvitationConnection>;
  /**
   * Project officers, the Steering Committee and analysts: days from approval to launch per year of
   * launch, between two years (from 2009 and to this year when omitted), the years with launches only,
   * oldest first. Beside the requests service's timeToDecision.
   */
  timeToLaunch: Maybe<Array<LaunchTimes>>;
};


export type QueryActionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActionByReferenceArgs = {
  reference: Scalars['String']['input'];
};


export type QueryActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter: ActivityCalendarFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryActivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<InvitationStatus>>;
};


export type QueryTimeToLaunchArgs = {
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  toYear?: InputMaybe<Scalars['Int']['input']>;
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
  /** The Action created from this request, once approved. */
  action: Maybe<Action>;
  id: Scalars['ID']['output'];
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
  Action: Action;
  Activity: Activity;
  Expert: Expert;
  PersonalData: PersonalData;
  Request: Request;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Action:
    ( { __typename: 'Action' }
    & GraphQLRecursivePick<FederationTypes['Action'], {"id":true}> );
  Activity:
    ( { __typename: 'Activity' }
    & GraphQLRecursivePick<FederationTypes['Activity'], {"id":true}> );
  Expert:
    ( { __typename: 'Expert' }
    & GraphQLRecursivePick<FederationTypes['Expert'], {"id":true}> );
  PersonalData:
    ( { __typename: 'PersonalData' }
    & GraphQLRecursivePick<FederationTypes['PersonalData'], {"expertId":true}> );
  Request:
    ( { __typename: 'Request' }
    & GraphQLRecursivePick<FederationTypes['Request'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Action: ResolverTypeWrapper<ActionModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActionConnection: ResolverTypeWrapper<Omit<ActionConnection, 'edges'> & { edges: Array<ResolversTypes['ActionEdge']> }>;
  ActionEdge: ResolverTypeWrapper<Omit<ActionEdge, 'node'> & { node: ResolversTypes['Action'] }>;
  ActionFilter: ActionFilter;
  ActionStatus: ActionStatus;
  ActionTransition: ResolverTypeWrapper<ActionTransition>;
  Activity: ResolverTypeWrapper<ActivityModel>;
  ActivityCalendarFilter: ActivityCalendarFilter;
  ActivityChange: ResolverTypeWrapper<ActivityChange>;
  ActivityConnection: ResolverTypeWrapper<Omit<ActivityConnection, 'edges'> & { edges: Array<ResolversTypes['ActivityEdge']> }>;
  ActivityCorrectionInput: ActivityCorrectionInput;
  ActivityDraft: ResolverTypeWrapper<ActivityDraftModel>;
  ActivityDraftDatesInput: ActivityDraftDatesInput;
  ActivityEdge: ResolverTypeWrapper<Omit<ActivityEdge, 'node'> & { node: ResolversTypes['Activity'] }>;
  ActivityFieldChange: ResolverTypeWrapper<ActivityFieldChange>;
  ActivityFormat: ActivityFormat;
  ActivityInput: ActivityInput;
  ActivityStatus: ActivityStatus;
  ActivityType: ActivityType;
  AvailabilityOverrideInput: AvailabilityOverrideInput;
  Country: ResolverTypeWrapper<CountryStub>;
  CreateActionInput: CreateActionInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deployment: ResolverTypeWrapper<DeploymentModel>;
  DeploymentConnection: ResolverTypeWrapper<Omit<DeploymentConnection, 'edges'> & { edges: Array<ResolversTypes['DeploymentEdge']> }>;
  DeploymentEdge: ResolverTypeWrapper<Omit<DeploymentEdge, 'node'> & { node: ResolversTypes['Deployment'] }>;
  DeploymentRole: DeploymentRole;
  DeploymentStatus: DeploymentStatus;
  EmployerType: EmployerType;
  Expert: ResolverTypeWrapper<ExpertStub>;
  Invitation: ResolverTypeWrapper<InvitationModel>;
  InvitationConnection: ResolverTypeWrapper<Omit<InvitationConnection, 'edges'> & { edges: Array<ResolversTypes['InvitationEdge']> }>;
  InvitationEdge: ResolverTypeWrapper<Omit<InvitationEdge, 'node'> & { node: ResolversTypes['Invitation'] }>;
  InvitationStatus: InvitationStatus;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Language: Language;
  LaunchDaysBand: ResolverTypeWrapper<LaunchDaysBand>;
  LaunchTimes: ResolverTypeWrapper<LaunchTimes>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PersonalData: ResolverTypeWrapper<PersonalDataReference>;
  Phase: Phase;
  ProjectOfficer: ResolverTypeWrapper<ProjectOfficer>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: Region;
  Request: ResolverTypeWrapper<RequestStub>;
  RosterStatus: RosterStatus;
  ThematicArea: ThematicArea;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Action: ActionModel;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  ActionConnection: Omit<ActionConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActionEdge']> };
  ActionEdge: Omit<ActionEdge, 'node'> & { node: ResolversParentTypes['Action'] };
  ActionFilter: ActionFilter;
  ActionTransition: ActionTransition;
  Activity: ActivityModel;
  ActivityCalendarFilter: ActivityCalendarFilter;
  ActivityChange: ActivityChange;
  ActivityConnection: Omit<ActivityConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActivityEdge']> };
  ActivityCorrectionInput: ActivityCorrectionInput;
  ActivityDraft: ActivityDraftModel;
  ActivityDraftDatesInput: ActivityDraftDatesInput;
  ActivityEdge: Omit<ActivityEdge, 'node'> & { node: ResolversParentTypes['Activity'] };
  ActivityFieldChange: ActivityFieldChange;
  ActivityInput: ActivityInput;
  AvailabilityOverrideInput: AvailabilityOverrideInput;
  Country: CountryStub;
  CreateActionInput: CreateActionInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deployment: DeploymentModel;
  DeploymentConnection: Omit<DeploymentConnection, 'edges'> & { edges: Array<ResolversParentTypes['DeploymentEdge']> };
  DeploymentEdge: Omit<DeploymentEdge, 'node'> & { node: ResolversParentTypes['Deployment'] };
  Expert: ExpertStub;
  Invitation: InvitationModel;
  InvitationConnection: Omit<InvitationConnection, 'edges'> & { edges: Array<ResolversParentTypes['InvitationEdge']> };
  InvitationEdge: Omit<InvitationEdge, 'node'> & { node: ResolversParentTypes['Invitation'] };
  JSON: Scalars['JSON']['output'];
  LaunchDaysBand: LaunchDaysBand;
  LaunchTimes: LaunchTimes;
  Float: Scalars['Float']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PersonalData: PersonalDataReference;
  ProjectOfficer: ProjectOfficer;
  Query: Record<PropertyKey, never>;
  Request: RequestStub;
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

export type ActionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Action'] = ResolversParentTypes['Action'], FederationReferenceType extends FederationReferenceTypes['Action'] = FederationReferenceTypes['Action']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Action']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, Partial<ActionActivitiesArgs>>;
  activityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  activityDrafts?: Resolver<Array<ResolversTypes['ActivityDraft']>, ParentType, ContextType>;
  allowedTransitions?: Resolver<Array<ResolversTypes['ActionStatus']>, ParentType, ContextType>;
  approvedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  assignedOfficer?: Resolver<Maybe<ResolversTypes['ProjectOfficer']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ActionTransition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  launchTarget?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  launchedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  launchedOnTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  phase?: Resolver<Maybe<ResolversTypes['Phase']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  request?: Resolver<Maybe<ResolversTypes['Request']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionStatus'], ParentType, ContextType>;
  subTopics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  thematicAreas?: Resolver<Array<ResolversTypes['ThematicArea']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ActionConnectionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ActionConnection'] = ResolversParentTypes['ActionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActionEdgeResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ActionEdge'] = ResolversParentTypes['ActionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
}>;

export type ActionTransitionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ActionTransition'] = ResolversParentTypes['ActionTransition']> = ResolversObject<{
  actorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ActionStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ActionStatus'], ParentType, ContextType>;
}>;

export type ActivityResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity'], FederationReferenceType extends FederationReferenceTypes['Activity'] = FederationReferenceTypes['Activity']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Activity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  action?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  allowedTransitions?: Resolver<Array<ResolversTypes['ActivityStatus']>, ParentType, ContextType>;
  busyExpertIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deployments?: Resolver<ResolversTypes['DeploymentConnection'], ParentType, ContextType, Partial<ActivityDeploymentsArgs>>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ActivityFormat'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ActivityChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitations?: Resolver<Maybe<ResolversTypes['InvitationConnection']>, ParentType, ContextType, Partial<ActivityInvitationsArgs>>;
  online?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  subTopics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  thematicAreas?: Resolver<Array<ResolversTypes['ThematicArea']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ActivityType'], ParentType, ContextType>;
  workingLanguages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ActivityChangeResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ActivityChange'] = ResolversParentTypes['ActivityChange']> = ResolversObject<{
  actorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['ActivityFieldChange']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ActivityConnectionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActivityDraftResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ActivityDraft'] = ResolversParentTypes['ActivityDraft']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ActivityType'], ParentType, ContextType>;
}>;

export type ActivityEdgeResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ActivityEdge'] = ResolversParentTypes['ActivityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
}>;

export type ActivityFieldChangeResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ActivityFieldChange'] = ResolversParentTypes['ActivityFieldChange']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type DeploymentResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Deployment'] = ResolversParentTypes['Deployment']> = ResolversObject<{
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  expert?: Resolver<Maybe<ResolversTypes['Expert']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitation?: Resolver<Maybe<ResolversTypes['Invitation']>, ParentType, ContextType>;
  recordedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['DeploymentRole'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeploymentStatus'], ParentType, ContextType>;
}>;

export type DeploymentConnectionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['DeploymentConnection'] = ResolversParentTypes['DeploymentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DeploymentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeploymentEdgeResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['DeploymentEdge'] = ResolversParentTypes['DeploymentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType>;
}>;

export type ExpertResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Expert'] = ResolversParentTypes['Expert'], FederationReferenceType extends FederationReferenceTypes['Expert'] = FederationReferenceTypes['Expert']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Expert']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deployments?: Resolver<Maybe<ResolversTypes['DeploymentConnection']>, ParentType, ContextType, Partial<ExpertDeploymentsArgs>>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employerType?: Resolver<Maybe<ResolversTypes['EmployerType']>, ParentType, ContextType>;
  euNational?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberState?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  nationality?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  publicOfficial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RosterStatus'], ParentType, ContextType>;
}>;

export type InvitationResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = ResolversObject<{
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  availabilityOverrideReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deployment?: Resolver<Maybe<ResolversTypes['Deployment']>, ParentType, ContextType>;
  expert?: Resolver<ResolversTypes['Expert'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['DeploymentRole'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvitationStatus'], ParentType, ContextType>;
  termsOfReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InvitationConnectionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['InvitationConnection'] = ResolversParentTypes['InvitationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InvitationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InvitationEdgeResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['InvitationEdge'] = ResolversParentTypes['InvitationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LaunchDaysBandResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['LaunchDaysBand'] = ResolversParentTypes['LaunchDaysBand']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type LaunchTimesResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['LaunchTimes'] = ResolversParentTypes['LaunchTimes']> = ResolversObject<{
  distribution?: Resolver<Array<ResolversTypes['LaunchDaysBand']>, ParentType, ContextType>;
  launched?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  medianDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  assignAction?: Resolver<ResolversTypes['Action'], ParentType, ContextType, RequireFields<MutationAssignActionArgs, 'id' | 'officerId'>>;
  cancelAction?: Resolver<ResolversTypes['Action'], ParentType, ContextType, RequireFields<MutationCancelActionArgs, 'id' | 'reason'>>;
  cancelDeployment?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType, RequireFields<MutationCancelDeploymentArgs, 'id'>>;
  closeAction?: Resolver<ResolversTypes['Action'], ParentType, ContextType, RequireFields<MutationCloseActionArgs, 'id'>>;
  createAction?: Resolver<ResolversTypes['Action'], ParentType, ContextType, RequireFields<MutationCreateActionArgs, 'input'>>;
  deployExpert?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType, RequireFields<MutationDeployExpertArgs, 'activityId' | 'expertId' | 'role'>>;
  endFutureDeployments?: Resolver<Array<ResolversTypes['Deployment']>, ParentType, ContextType, RequireFields<MutationEndFutureDeploymentsArgs, 'expertId'>>;
  expireInvitations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inviteExpert?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType, RequireFields<MutationInviteExpertArgs, 'activityId' | 'expertId' | 'role' | 'termsOfReference'>>;
  planActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationPlanActivityArgs, 'actionId' | 'input'>>;
  recordPastDeployment?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType, RequireFields<MutationRecordPastDeploymentArgs, 'activityId' | 'expertId' | 'reason' | 'role'>>;
  respondToInvitation?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType, RequireFields<MutationRespondToInvitationArgs, 'accept' | 'id'>>;
  scheduleActivityDraft?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationScheduleActivityDraftArgs, 'draftId' | 'input'>>;
  setActivityStatus?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationSetActivityStatusArgs, 'id' | 'status'>>;
  updateActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationUpdateActivityArgs, 'id' | 'input'>>;
  withdrawInvitation?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType, RequireFields<MutationWithdrawInvitationArgs, 'id'>>;
}>;

export type PageInfoResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonalDataResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['PersonalData'] = ResolversParentTypes['PersonalData'], FederationReferenceType extends FederationReferenceTypes['PersonalData'] = FederationReferenceTypes['PersonalData']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalData']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deployments?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  expertId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitations?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
}>;

export type ProjectOfficerResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ProjectOfficer'] = ResolversParentTypes['ProjectOfficer']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  action?: Resolver<Maybe<ResolversTypes['Action']>, ParentType, ContextType, RequireFields<QueryActionArgs, 'id'>>;
  actionByReference?: Resolver<Maybe<ResolversTypes['Action']>, ParentType, ContextType, RequireFields<QueryActionByReferenceArgs, 'reference'>>;
  actions?: Resolver<Maybe<ResolversTypes['ActionConnection']>, ParentType, ContextType, Partial<QueryActionsArgs>>;
  activities?: Resolver<Maybe<ResolversTypes['ActivityConnection']>, ParentType, ContextType, RequireFields<QueryActivitiesArgs, 'filter'>>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<QueryActivityArgs, 'id'>>;
  myActions?: Resolver<Maybe<ResolversTypes['ActionConnection']>, ParentType, ContextType, Partial<QueryMyActionsArgs>>;
  myInvitations?: Resolver<Maybe<ResolversTypes['InvitationConnection']>, ParentType, ContextType, Partial<QueryMyInvitationsArgs>>;
  timeToLaunch?: Resolver<Maybe<Array<ResolversTypes['LaunchTimes']>>, ParentType, ContextType, Partial<QueryTimeToLaunchArgs>>;
}>;

export type RequestResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Request'] = ResolversParentTypes['Request'], FederationReferenceType extends FederationReferenceTypes['Request'] = FederationReferenceTypes['Request']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Request']> | FederationReferenceType, FederationReferenceType, ContextType>;
  action?: Resolver<Maybe<ResolversTypes['Action']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ServiceContext> = ResolversObject<{
  Action?: ActionResolvers<ContextType>;
  ActionConnection?: ActionConnectionResolvers<ContextType>;
  ActionEdge?: ActionEdgeResolvers<ContextType>;
  ActionTransition?: ActionTransitionResolvers<ContextType>;
  Activity?: ActivityResolvers<ContextType>;
  ActivityChange?: ActivityChangeResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityDraft?: ActivityDraftResolvers<ContextType>;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  ActivityFieldChange?: ActivityFieldChangeResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Deployment?: DeploymentResolvers<ContextType>;
  DeploymentConnection?: DeploymentConnectionResolvers<ContextType>;
  DeploymentEdge?: DeploymentEdgeResolvers<ContextType>;
  Expert?: ExpertResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  InvitationConnection?: InvitationConnectionResolvers<ContextType>;
  InvitationEdge?: InvitationEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LaunchDaysBand?: LaunchDaysBandResolvers<ContextType>;
  LaunchTimes?: LaunchTimesResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PersonalData?: PersonalDataResolvers<ContextType>;
  ProjectOfficer?: ProjectOfficerResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Request?: RequestResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = ServiceContext> = ResolversObject<{
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  override?: OverrideDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
  tag?: TagDirectiveResolver<any, any, ContextType>;
}>;
