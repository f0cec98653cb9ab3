/* Generated from schema.graphql by scripts/codegen.js: do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActivityRef } from '../activity/activity.model';
import type { ActionRef } from '../action/action.model';
import type { ParticipationModel } from '../participation/participation.model';
import type { EvaluationSummaryModel, EvaluationModel, RespondentSummaryModel } from '../evaluation/evaluation.model';
import type { ResultModel, FinalEvaluationModel } from '../result/result.model';
import type { IndicatorModel, IndicatorPeriodModel } from '../indicator/indicator.model';
import type { AppraisalModel } from '../appraisal/appraisal.model';
import type { FollowUpModel } from '../follow-up/follow-up.model';
import type { PartnerQuestionnaireModel } from '../partner-questionnaire/partner-questionnaire.model';
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

export type Action = {
  __typename?: 'Action';
  finalEvaluation: Maybe<FinalEvaluation>;
  /** Its follow-ups once closed, by months after. Null when the monitoring service cannot answer. */
  followUps: Maybe<Array<FollowUp>>;
  id: Scalars['ID']['output'];
  /** Null when the monitoring service cannot answer; the error names it and the rest of the query is still answered. */
  indicators: Maybe<Array<Indicator>>;
  /** Participants over the Action's activities. Null when the monitoring service cannot answer; the error names it. */
  participants: Maybe<Scalars['Int']['output']>;
  /** Null when the monitoring service cannot answer; the error names it and the rest of the query is still answered. */
  results: Maybe<Array<Result>>;
  /** Whether its results lasted, by its latest follow-up (policy adopted or practice still in use); null before any. */
  sustained: Maybe<Scalars['Boolean']['output']>;
};

export type Activity = {
  __typename?: 'Activity';
  /** The appraisals of its deployed experts, by expert id; null for anyone but project officers. */
  appraisals: Maybe<Array<ExpertAppraisal>>;
  /** Null when the monitoring service cannot answer; the error names it and the rest of the query is still answered. */
  evaluations: Maybe<EvaluationSummary>;
  id: Scalars['ID']['output'];
  /** Null when none is recorded, or when the monitoring service cannot answer (then with an error naming it). */
  participation: Maybe<Participation>;
};

/** One respondent's evaluation; read by project officers only. */
export type Evaluation = {
  __typename?: 'Evaluation';
  comment: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  rating: Rating;
  respondentType: RespondentType;
  submittedAt: Scalars['DateTime']['output'];
};

export type EvaluationConnection = {
  __typename?: 'EvaluationConnection';
  edges: Array<EvaluationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EvaluationEdge = {
  __typename?: 'EvaluationEdge';
  cursor: Scalars['String']['output'];
  node: Evaluation;
};

export type EvaluationInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  rating: Rating;
  respondentType: RespondentType;
};

/** One single-use link to the questionnaire. The token is shown once, when issued: only its hash is kept. */
export type EvaluationLink = {
  __typename?: 'EvaluationLink';
  expiresAt: Scalars['DateTime']['output'];
  respondentType: LinkRespondentType;
  token: Scalars['String']['output'];
};

/** The links an officer hands to the people served after an activity, one per respondent. */
export type EvaluationOpening = {
  __typename?: 'EvaluationOpening';
  activityId: Scalars['ID']['output'];
  expiresAt: Scalars['DateTime']['output'];
  links: Array<EvaluationLink>;
};

/** How many links to issue per respondent type, and for how long they stay valid. */
export type EvaluationOpeningInput = {
  /** Links for participants, answered anonymously: 0 to 500. */
  participants: Scalars['Int']['input'];
  /** Links for partner authorities, answered signed in as the Action's partner institution: 0 to 500. */
  partnerAuthorities?: Scalars['Int']['input'];
  /** 1 to 90 days. */
  validForDays?: Scalars['Int']['input'];
};

export type EvaluationSummary = {
  __typename?: 'EvaluationSummary';
  byRespondentType: Array<RespondentSummary>;
  count: Scalars['Int']['output'];
  distribution: Array<RatingCount>;
  /** The individual evaluations, for project officers. */
  evaluations: Maybe<EvaluationConnection>;
  /**
   * Satisfaction of the people served: the share of EXCELLENT and VERY_GOOD among the ratings of
   * participants and partner authorities. Experts' ratings are not in it (see byRespondentType). Null
   * without such ratings.
   */
  satisfactionRate: Maybe<Scalars['Float']['output']>;
};


export type EvaluationSummaryEvaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** An expert of the roster, resolved by the experts service. */
export type Expert = {
  __typename?: 'Expert';
  id: Scalars['ID']['output'];
};

/** A project officer's appraisal of an expert deployed on a held activity: read by project officers only. */
export type ExpertAppraisal = {
  __typename?: 'ExpertAppraisal';
  appraisedAt: Scalars['DateTime']['output'];
  comment: Maybe<Scalars['String']['output']>;
  expert: Expert;
  rating: Rating;
  wouldDeployAgain: Scalars['Boolean']['output'];
};

export type ExpertAppraisalInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  rating: Rating;
  wouldDeployAgain: Scalars['Boolean']['input'];
};

/** How much an activity met a need: the scale of the questionnaire's relevance and usefulness. */
export type Extent =
  | 'LITTLE'
  | 'MUCH'
  | 'NOT_AT_ALL'
  | 'SOMEWHAT'
  | 'VERY_MUCH';

/** The evaluations of one kind of respondent: experts' ratings of their own activities are read here, apart. */
export type ExtentCount = {
  __typename?: 'ExtentCount';
  count: Scalars['Int']['output'];
  extent: Extent;
};

export type FinalEvaluation = {
  __typename?: 'FinalEvaluation';
  date: Scalars['Date']['output'];
  rating: Rating;
  summary: Scalars['String']['output'];
};

export type FinalEvaluationInput = {
  date: Scalars['Date']['input'];
  rating: Rating;
  summary: Scalars['String']['input'];
};

/** A follow-up of a closed Action, some months after it closed: what lasted of its results. */
export type FollowUp = {
  __typename?: 'FollowUp';
  date: Scalars['Date']['output'];
  monthsAfter: Scalars['Int']['output'];
  note: Maybe<Scalars['String']['output']>;
  policyAdopted: Scalars['Boolean']['output'];
  practiceInUse: Scalars['Boolean']['output'];
};

export type FollowUpInput = {
  date: Scalars['Date']['input'];
  /** Months after the Action closed, 1 to 60 (typically 6 and 12); a second follow-up at the same month replaces the first. */
  monthsAfter: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  policyAdopted: Scalars['Boolean']['input'];
  practiceInUse: Scalars['Boolean']['input'];
};

/** A logframe indicator of an Action: a baseline and, per period, a target and an actual (results-based management). */
export type Indicator = {
  __typename?: 'Indicator';
  /**
   * The last period's actual.
   * @deprecated An indicator has periods: read periods { actual }.
   */
  actual: Maybe<Scalars['Float']['output']>;
  baseline: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /**
   * The last period.
   * @deprecated An indicator has periods: read periods { period }.
   */
  period: Scalars['String']['output'];
  /** Every period recorded, in the order of their names (2026 before 2027); at most 20 per indicator. */
  periods: Array<IndicatorPeriod>;
  /**
   * The last period's progress, from baseline (0) to target (1).
   * @deprecated An indicator has periods: read periods { progress }.
   */
  progress: Maybe<Scalars['Float']['output']>;
  /**
   * The last period's target.
   * @deprecated An indicator has periods: read periods { target }.
   */
  target: Scalars['Float']['output'];
  unit: Scalars['String']['output'];
};

/** An indicator and one of its periods: the name finds the indicator, the period its target and actual. */
export type IndicatorInput = {
  actual?: InputMaybe<Scalars['Float']['input']>;
  /**
   * The period's actual by sex, only for a unit counting people (PeopleBySex's units): women + men +
   * undisclosed must equal `actual` (BAD_USER_INPUT naming input.actualBySex otherwise). Omitted, the
   * period keeps none. While another period holds one, the unit stays one counting people (BAD_USER_INPUT
   * naming input.unit).
   */
  actualBySex?: InputMaybe<PeopleBySexInput>;
  baseline: Scalars['Float']['input'];
  name: Scalars['String']['input'];
  period: Scalars['String']['input'];
  target: Scalars['Float']['input'];
  unit: Scalars['String']['input'];
};

/** One period of an indicator: its target and, once measured, its actual. */
export type IndicatorPeriod = {
  __typename?: 'IndicatorPeriod';
  actual: Maybe<Scalars['Float']['output']>;
  /** The actual by sex, for an indicator counting people (unit people, persons, participants, officials, staff, trainees, personnes, agents or fonctionnaires); null when not given. */
  actualBySex: Maybe<PeopleBySex>;
  /** As recorded: a year (`2027`), years (`2016-2018`) or dates (`2027-01-01/2027-06-30`). */
  period: Scalars['String']['output'];
  /** From the indicator's baseline (0) to this period's target (1); null until measured. */
  progress: Maybe<Scalars['Float']['output']>;
  target: Scalars['Float']['output'];
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

/** Participants from one type of institution. */
export type InstitutionTypeCount = {
  __typename?: 'InstitutionTypeCount';
  count: Scalars['Int']['output'];
  type: InstitutionType;
};

export type InstitutionTypeCountInput = {
  count: Scalars['Int']['input'];
  type: InstitutionType;
};

export type Language =
  | 'EN'
  | 'FR';

/** Who may answer through a link: the people served (experts give their own feedback apart, signed in). */
export type LinkRespondentType =
  | 'PARTICIPANT'
  | 'PARTNER_AUTHORITY';

/** Where an evaluation link stands. */
export type LinkState =
  /** Answered: a link takes one answer. */
  | 'ANSWERED'
  | 'EXPIRED'
  | 'OPEN';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Answers the questionnaire through a link, once: a participant's link without signing in (the answer
   * keeps no identity), a partner authority's signed in as the Action's partner institution (FORBIDDEN
   * otherwise), which answers an activity once whichever link it uses. A link already used is CONFLICT,
   * an expired one too, an institution's second answer too (all with `state`), an unknown one NOT_FOUND.
   */
  answerEvaluation: QuestionnaireReceipt;
  /**
   * Answers an activity's questionnaire as the signed-in partner's institution, once, without a link in
   * hand: the answer takes one of the partner authorities' open links, as answering through it would.
   * FORBIDDEN for anyone but a partner of the activity's institution; CONFLICT with `state` ANSWERED once
   * the institution answered, EXPIRED when no link is left open to it; NOT_FOUND when the evaluation was
   * not opened to partner authorities.
   */
  answerQuestionnaireAsInstitution: PartnerQuestionnaire;
  /**
   * A project officer appraises an expert deployed on a HELD activity (BAD_USER_INPUT naming expertId
   * for one not deployed there); appraising again replaces the appraisal. Never counted as an evaluation.
   */
  appraiseExpert: ExpertAppraisal;
  /**
   * Opens the evaluation of a HELD activity: issues single-use links to the questionnaire, the given
   * number per respondent type (project officers). May be called again for more links.
   */
  openEvaluation: EvaluationOpening;
  recordFinalEvaluation: FinalEvaluation;
  /** Records a follow-up of a CLOSED Action (project officers; BAD_USER_INPUT naming actionId before it is closed). */
  recordFollowUp: FollowUp;
  /** Replaces the activity's participation; the earlier record is kept in its history. */
  recordParticipation: Participation;
  recordResult: Result;
  /**
   * Creates the Action's indicator of that name, or updates its unit and baseline, and sets the target
   * and actual of the input's period. The indicator's other periods are kept; a new period beyond the
   * 20th is refused (BAD_USER_INPUT naming input.period).
   */
  setIndicator: Indicator;
  submitEvaluation: Evaluation;
  /**
   * Adopts a drafted result or corrects its title and date, on the same record: a policy supported is
   * counted once in the portfolio whatever its status moves.
   */
  updateResult: Result;
};


export type MutationAnswerEvaluationArgs = {
  input: QuestionnaireAnswerInput;
  token: Scalars['String']['input'];
};


export type MutationAnswerQuestionnaireAsInstitutionArgs = {
  activityId: Scalars['ID']['input'];
  input: QuestionnaireAnswerInput;
};


export type MutationAppraiseExpertArgs = {
  activityId: Scalars['ID']['input'];
  expertId: Scalars['ID']['input'];
  input: ExpertAppraisalInput;
};


export type MutationOpenEvaluationArgs = {
  activityId: Scalars['ID']['input'];
  input: EvaluationOpeningInput;
};


export type MutationRecordFinalEvaluationArgs = {
  actionId: Scalars['ID']['input'];
  input: FinalEvaluationInput;
};


export type MutationRecordFollowUpArgs = {
  actionId: Scalars['ID']['input'];
  input: FollowUpInput;
};


export type MutationRecordParticipationArgs = {
  activityId: Scalars['ID']['input'];
  input: ParticipationInput;
};


export type MutationRecordResultArgs = {
  actionId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ResultInput;
};


export type MutationSetIndicatorArgs = {
  actionId: Scalars['ID']['input'];
  input: IndicatorInput;
};


export type MutationSubmitEvaluationArgs = {
  activityId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EvaluationInput;
};


export type MutationUpdateResultArgs = {
  id: Scalars['ID']['input'];
  input: ResultCorrectionInput;
};

/** Where a page of a connection lies in its list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** Who took part in an activity: the current record, and the earlier ones it replaced. */
export type Participation = {
  __typename?: 'Participation';
  /** Participants by the type of institution they came from, when counted (may count fewer than the total). */
  byInstitutionType: Array<InstitutionTypeCount>;
  history: Array<ParticipationRecord>;
  institutions: Array<Scalars['String']['output']>;
  men: Scalars['Int']['output'];
  recordedAt: Scalars['DateTime']['output'];
  total: Scalars['Int']['output'];
  undisclosed: Scalars['Int']['output'];
  women: Scalars['Int']['output'];
};

export type ParticipationInput = {
  /** Participants by type of institution, each type once, adding up to no more than the total. */
  byInstitutionType?: InputMaybe<Array<InstitutionTypeCountInput>>;
  institutions?: InputMaybe<Array<Scalars['String']['input']>>;
  men: Scalars['Int']['input'];
  total: Scalars['Int']['input'];
  undisclosed?: InputMaybe<Scalars['Int']['input']>;
  women: Scalars['Int']['input'];
};

export type ParticipationRecord = {
  __typename?: 'ParticipationRecord';
  /** Participants by the type of institution they came from, when counted (may count fewer than the total). */
  byInstitutionType: Array<InstitutionTypeCount>;
  institutions: Array<Scalars['String']['output']>;
  men: Scalars['Int']['output'];
  recordedAt: Scalars['DateTime']['output'];
  total: Scalars['Int']['output'];
  undisclosed: Scalars['Int']['output'];
  women: Scalars['Int']['output'];
};

/**
 * An activity's evaluation questionnaire as a partner institution sees it: the one meant for its
 * partner authority, answered signed in as the institution, once. Nothing in it names a person.
 */
export type PartnerQuestionnaire = {
  __typename?: 'PartnerQuestionnaire';
  /** The Action of the activity. */
  action: Action;
  /** The activity evaluated (its dates and place, from the actions service). */
  activity: Activity;
  /** The activity's title when its evaluation was opened. */
  activityTitle: Scalars['String']['output'];
  /** When the institution answered; null while open. */
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  /** When it closes: while open, the last expiry of the links left; once answered, that of the link the answer took. */
  closesAt: Scalars['DateTime']['output'];
  /** When the evaluation was first opened to partner authorities. */
  openedAt: Scalars['DateTime']['output'];
  /** OPEN while it waits for the institution's answer; ANSWERED once the institution answered. */
  state: LinkState;
};

export type PartnerQuestionnaireConnection = {
  __typename?: 'PartnerQuestionnaireConnection';
  edges: Array<PartnerQuestionnaireEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnerQuestionnaireEdge = {
  __typename?: 'PartnerQuestionnaireEdge';
  cursor: Scalars['String']['output'];
  node: PartnerQuestionnaire;
};

/** People counted by sex: their sum is the figure they divide. */
export type PeopleBySex = {
  __typename?: 'PeopleBySex';
  men: Scalars['Int']['output'];
  /** Those who did not say. */
  undisclosed: Scalars['Int']['output'];
  women: Scalars['Int']['output'];
};

export type PeopleBySexInput = {
  men: Scalars['Int']['input'];
  undisclosed: Scalars['Int']['input'];
  women: Scalars['Int']['input'];
};

/**
 * What the graph keeps about one expert, each service adding its part (the roster's record, the
 * invitations and deployments, the appraisals), as JSON documents: read by that expert only, through
 * `Query.myPersonalData` (FORBIDDEN for anyone else).
 */
export type PersonalData = {
  __typename?: 'PersonalData';
  /** Every project officer's appraisal of the expert as stored, the latest first: the activity and Action, the rating, whether the officer would deploy the expert again, the comment, when, and the officer's opaque id. */
  appraisals: Scalars['JSON']['output'];
  expertId: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The questionnaire an evaluation link leads to, open to anyone holding the link (NOT_FOUND for a token that is not one). */
  evaluationQuestionnaire: Questionnaire;
  /** The evaluation summary of an activity (aggregates only). */
  evaluationSummary: Maybe<EvaluationSummary>;
  /**
   * The questionnaire of an activity for the signed-in partner's institution, in the language asked, to
   * answer with answerQuestionnaireAsInstitution: OPEN, ANSWERED by the institution, or EXPIRED when no
   * link was left open to it. Null when the activity is not of its institution's Actions or its
   * evaluation was not opened to partner authorities. Partners only.
   */
  myQuestionnaire: Maybe<Questionnaire>;
  /**
   * The signed-in partner's questionnaires: one per activity of its institution's Actions whose
   * evaluation was opened to partner authorities, waiting for the institution's answer (OPEN) or answered
   * by it (ANSWERED); one closed without its answer is left out. The latest opened first; pages of at
   * most 100 (`first`/`after` or `last`/`before`), 20 by default. Partners only; empty for a partner of
   * no institution.
   */
  myQuestionnaires: Maybe<PartnerQuestionnaireConnection>;
};


export type QueryEvaluationQuestionnaireArgs = {
  language?: InputMaybe<Language>;
  token: Scalars['String']['input'];
};


export type QueryEvaluationSummaryArgs = {
  activityId: Scalars['ID']['input'];
};


export type QueryMyQuestionnaireArgs = {
  activityId: Scalars['ID']['input'];
  language?: InputMaybe<Language>;
};


export type QueryMyQuestionnairesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type Question = {
  __typename?: 'Question';
  choices: Array<QuestionChoice>;
  /** OVERALL, RELEVANCE, USEFULNESS or COMMENT: the field of QuestionnaireAnswerInput it is answered in (OVERALL: rating). */
  code: Scalars['String']['output'];
  kind: QuestionKind;
  label: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
};

export type QuestionChoice = {
  __typename?: 'QuestionChoice';
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type QuestionKind =
  /** One of the extents, VERY_MUCH to NOT_AT_ALL. */
  | 'EXTENT'
  /** One of the ratings, EXCELLENT to POOR. */
  | 'RATING'
  /** Free text. */
  | 'TEXT';

/** The questionnaire a link leads to, in the language asked; no one's identity is in it or asked by it. */
export type Questionnaire = {
  __typename?: 'Questionnaire';
  activityTitle: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  questions: Array<Question>;
  respondentType: LinkRespondentType;
  state: LinkState;
};

export type QuestionnaireAnswerInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The overall rating: what the satisfaction rate counts. */
  rating: Rating;
  relevance: Extent;
  usefulness: Extent;
};

/** What an answer through a link returns: that it was received, nothing that could name who answered. */
export type QuestionnaireReceipt = {
  __typename?: 'QuestionnaireReceipt';
  received: Scalars['Boolean']['output'];
  respondentType: LinkRespondentType;
};

export type Rating =
  | 'EXCELLENT'
  | 'FAIR'
  | 'GOOD'
  | 'POOR'
  | 'VERY_GOOD';

export type RatingCount = {
  __typename?: 'RatingCount';
  count: Scalars['Int']['output'];
  rating: Rating;
};

export type RespondentSummary = {
  __typename?: 'RespondentSummary';
  count: Scalars['Int']['output'];
  linksAnswered: Scalars['Int']['output'];
  /** Questionnaire links issued for this respondent type (openEvaluation), and how many were answered. */
  linksIssued: Scalars['Int']['output'];
  /** How relevant the activity was, among the answers through the questionnaire (transcribed ratings have none). */
  relevance: Array<ExtentCount>;
  respondentType: RespondentType;
  /** Share of EXCELLENT and VERY_GOOD among this respondent type's ratings; null without any. */
  satisfactionRate: Maybe<Scalars['Float']['output']>;
  /** How useful it was, likewise. */
  usefulness: Array<ExtentCount>;
};

export type RespondentType =
  | 'EXPERT'
  | 'PARTICIPANT'
  | 'PARTNER_AUTHORITY';

export type Result = {
  __typename?: 'Result';
  /** The activities of its Action that contributed to it. */
  activities: Array<Activity>;
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  status: ResultStatus;
  title: Scalars['String']['output'];
  type: ResultType;
};

/**
 * A correction of a result, or its adoption: what is given replaces what the result says. Its type
 * stays (a policy stays a policy); DRAFTED may become ADOPTED, never back.
 */
export type ResultCorrectionInput = {
  /** When given, replaces the activities that contributed. */
  activityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not in the future nor before MIEUX began; an adoption is dated no earlier than its draft. */
  date?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<ResultStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type ResultInput = {
  /** The activities of the Action that contributed (not cancelled ones), at most 50. */
  activityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  date: Scalars['Date']['input'];
  status: ResultStatus;
  title: Scalars['String']['input'];
  type: ResultType;
};

export type ResultStatus =
  | 'ADOPTED'
  | 'DRAFTED';

export type ResultType =
  | 'HANDBOOK'
  | 'LEGISLATION'
  | 'MANUAL'
  | 'OTHER'
  | 'POLICY'
  | 'STANDARD_OPERATING_PROCEDURE'
  | 'STRATEGY'
  | 'TRAINING_CURRICULUM';

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
  PersonalData: PersonalData;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Action:
    ( { __typename: 'Action' }
    & GraphQLRecursivePick<FederationTypes['Action'], {"id":true}> );
  Activity:
    ( { __typename: 'Activity' }
    & GraphQLRecursivePick<FederationTypes['Activity'], {"id":true}> );
  PersonalData:
    ( { __typename: 'PersonalData' }
    & GraphQLRecursivePick<FederationTypes['PersonalData'], {"expertId":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Action: ResolverTypeWrapper<ActionRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Activity: ResolverTypeWrapper<ActivityRef>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Evaluation: ResolverTypeWrapper<EvaluationModel>;
  EvaluationConnection: ResolverTypeWrapper<Omit<EvaluationConnection, 'edges'> & { edges: Array<ResolversTypes['EvaluationEdge']> }>;
  EvaluationEdge: ResolverTypeWrapper<Omit<EvaluationEdge, 'node'> & { node: ResolversTypes['Evaluation'] }>;
  EvaluationInput: EvaluationInput;
  EvaluationLink: ResolverTypeWrapper<EvaluationLink>;
  EvaluationOpening: ResolverTypeWrapper<EvaluationOpening>;
  EvaluationOpeningInput: EvaluationOpeningInput;
  EvaluationSummary: ResolverTypeWrapper<EvaluationSummaryModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Expert: ResolverTypeWrapper<Expert>;
  ExpertAppraisal: ResolverTypeWrapper<AppraisalModel>;
  ExpertAppraisalInput: ExpertAppraisalInput;
  Extent: Extent;
  ExtentCount: ResolverTypeWrapper<ExtentCount>;
  FinalEvaluation: ResolverTypeWrapper<FinalEvaluationModel>;
  FinalEvaluationInput: FinalEvaluationInput;
  FollowUp: ResolverTypeWrapper<FollowUpModel>;
  FollowUpInput: FollowUpInput;
  Indicator: ResolverTypeWrapper<IndicatorModel>;
  IndicatorInput: IndicatorInput;
  IndicatorPeriod: ResolverTypeWrapper<IndicatorPeriodModel>;
  InstitutionType: InstitutionType;
  InstitutionTypeCount: ResolverTypeWrapper<InstitutionTypeCount>;
  InstitutionTypeCountInput: InstitutionTypeCountInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Language: Language;
  LinkRespondentType: LinkRespondentType;
  LinkState: LinkState;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Participation: ResolverTypeWrapper<ParticipationModel>;
  ParticipationInput: ParticipationInput;
  ParticipationRecord: ResolverTypeWrapper<ParticipationModel>;
  PartnerQuestionnaire: ResolverTypeWrapper<PartnerQuestionnaireModel>;
  PartnerQuestionnaireConnection: ResolverTypeWrapper<Omit<PartnerQuestionnaireConnection, 'edges'> & { edges: Array<ResolversTypes['PartnerQuestionnaireEdge']> }>;
  PartnerQuestionnaireEdge: ResolverTypeWrapper<Omit<PartnerQuestionnaireEdge, 'node'> & { node: ResolversTypes['PartnerQuestionnaire'] }>;
  PeopleBySex: ResolverTypeWrapper<PeopleBySex>;
  PeopleBySexInput: PeopleBySexInput;
  PersonalData: ResolverTypeWrapper<PersonalDataReference>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Question: ResolverTypeWrapper<Question>;
  QuestionChoice: ResolverTypeWrapper<QuestionChoice>;
  QuestionKind: QuestionKind;
  Questionnaire: ResolverTypeWrapper<Questionnaire>;
  QuestionnaireAnswerInput: QuestionnaireAnswerInput;
  QuestionnaireReceipt: ResolverTypeWrapper<QuestionnaireReceipt>;
  Rating: Rating;
  RatingCount: ResolverTypeWrapper<RatingCount>;
  RespondentSummary: ResolverTypeWrapper<RespondentSummaryModel>;
  RespondentType: RespondentType;
  Result: ResolverTypeWrapper<ResultModel>;
  ResultCorrectionInput: ResultCorrectionInput;
  ResultInput: ResultInput;
  ResultStatus: ResultStatus;
  ResultType: ResultType;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Action: ActionRef;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Activity: ActivityRef;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Evaluation: EvaluationModel;
  EvaluationConnection: Omit<EvaluationConnection, 'edges'> & { edges: Array<ResolversParentTypes['EvaluationEdge']> };
  EvaluationEdge: Omit<EvaluationEdge, 'node'> & { node: ResolversParentTypes['Evaluation'] };
  EvaluationInput: EvaluationInput;
  EvaluationLink: EvaluationLink;
  EvaluationOpening: EvaluationOpening;
  EvaluationOpeningInput: EvaluationOpeningInput;
  EvaluationSummary: EvaluationSummaryModel;
  Float: Scalars['Float']['output'];
  Expert: Expert;
  ExpertAppraisal: AppraisalModel;
  ExpertAppraisalInput: ExpertAppraisalInput;
  ExtentCount: ExtentCount;
  FinalEvaluation: FinalEvaluationModel;
  FinalEvaluationInput: FinalEvaluationInput;
  FollowUp: FollowUpModel;
  FollowUpInput: FollowUpInput;
  Indicator: IndicatorModel;
  IndicatorInput: IndicatorInput;
  IndicatorPeriod: IndicatorPeriodModel;
  InstitutionTypeCount: InstitutionTypeCount;
  InstitutionTypeCountInput: InstitutionTypeCountInput;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Participation: ParticipationModel;
  ParticipationInput: ParticipationInput;
  ParticipationRecord: ParticipationModel;
  PartnerQuestionnaire: PartnerQuestionnaireModel;
  PartnerQuestionnaireConnection: Omit<PartnerQuestionnaireConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartnerQuestionnaireEdge']> };
  PartnerQuestionnaireEdge: Omit<PartnerQuestionnaireEdge, 'node'> & { node: ResolversParentTypes['PartnerQuestionnaire'] };
  PeopleBySex: PeopleBySex;
  PeopleBySexInput: PeopleBySexInput;
  PersonalData: PersonalDataReference;
  Query: Record<PropertyKey, never>;
  Question: Question;
  QuestionChoice: QuestionChoice;
  Questionnaire: Questionnaire;
  QuestionnaireAnswerInput: QuestionnaireAnswerInput;
  QuestionnaireReceipt: QuestionnaireReceipt;
  RatingCount: RatingCount;
  RespondentSummary: RespondentSummaryModel;
  Result: ResultModel;
  ResultCorrectionInput: ResultCorrectionInput;
  ResultInput: ResultInput;
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
  finalEvaluation?: Resolver<Maybe<ResolversTypes['FinalEvaluation']>, ParentType, ContextType>;
  followUps?: Resolver<Maybe<Array<ResolversTypes['FollowUp']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Maybe<Array<ResolversTypes['Indicator']>>, ParentType, ContextType>;
  participants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  results?: Resolver<Maybe<Array<ResolversTypes['Result']>>, ParentType, ContextType>;
  sustained?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type ActivityResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity'], FederationReferenceType extends FederationReferenceTypes['Activity'] = FederationReferenceTypes['Activity']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Activity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  appraisals?: Resolver<Maybe<Array<ResolversTypes['ExpertAppraisal']>>, ParentType, ContextType>;
  evaluations?: Resolver<Maybe<ResolversTypes['EvaluationSummary']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  participation?: Resolver<Maybe<ResolversTypes['Participation']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EvaluationResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Evaluation'] = ResolversParentTypes['Evaluation']> = ResolversObject<{
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Rating'], ParentType, ContextType>;
  respondentType?: Resolver<ResolversTypes['RespondentType'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type EvaluationConnectionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['EvaluationConnection'] = ResolversParentTypes['EvaluationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EvaluationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EvaluationEdgeResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['EvaluationEdge'] = ResolversParentTypes['EvaluationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType>;
}>;

export type EvaluationLinkResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['EvaluationLink'] = ResolversParentTypes['EvaluationLink']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  respondentType?: Resolver<ResolversTypes['LinkRespondentType'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EvaluationOpeningResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['EvaluationOpening'] = ResolversParentTypes['EvaluationOpening']> = ResolversObject<{
  activityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['EvaluationLink']>, ParentType, ContextType>;
}>;

export type EvaluationSummaryResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['EvaluationSummary'] = ResolversParentTypes['EvaluationSummary']> = ResolversObject<{
  byRespondentType?: Resolver<Array<ResolversTypes['RespondentSummary']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  distribution?: Resolver<Array<ResolversTypes['RatingCount']>, ParentType, ContextType>;
  evaluations?: Resolver<Maybe<ResolversTypes['EvaluationConnection']>, ParentType, ContextType, Partial<EvaluationSummaryEvaluationsArgs>>;
  satisfactionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ExpertResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Expert'] = ResolversParentTypes['Expert']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ExpertAppraisalResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ExpertAppraisal'] = ResolversParentTypes['ExpertAppraisal']> = ResolversObject<{
  appraisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expert?: Resolver<ResolversTypes['Expert'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Rating'], ParentType, ContextType>;
  wouldDeployAgain?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ExtentCountResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ExtentCount'] = ResolversParentTypes['ExtentCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  extent?: Resolver<ResolversTypes['Extent'], ParentType, ContextType>;
}>;

export type FinalEvaluationResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['FinalEvaluation'] = ResolversParentTypes['FinalEvaluation']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Rating'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FollowUpResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['FollowUp'] = ResolversParentTypes['FollowUp']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  monthsAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  policyAdopted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  practiceInUse?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type IndicatorResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = ResolversObject<{
  actual?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  baseline?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['IndicatorPeriod']>, ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IndicatorPeriodResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['IndicatorPeriod'] = ResolversParentTypes['IndicatorPeriod']> = ResolversObject<{
  actual?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  actualBySex?: Resolver<Maybe<ResolversTypes['PeopleBySex']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type InstitutionTypeCountResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['InstitutionTypeCount'] = ResolversParentTypes['InstitutionTypeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['InstitutionType'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  answerEvaluation?: Resolver<ResolversTypes['QuestionnaireReceipt'], ParentType, ContextType, RequireFields<MutationAnswerEvaluationArgs, 'input' | 'token'>>;
  answerQuestionnaireAsInstitution?: Resolver<ResolversTypes['PartnerQuestionnaire'], ParentType, ContextType, RequireFields<MutationAnswerQuestionnaireAsInstitutionArgs, 'activityId' | 'input'>>;
  appraiseExpert?: Resolver<ResolversTypes['ExpertAppraisal'], ParentType, ContextType, RequireFields<MutationAppraiseExpertArgs, 'activityId' | 'expertId' | 'input'>>;
  openEvaluation?: Resolver<ResolversTypes['EvaluationOpening'], ParentType, ContextType, RequireFields<MutationOpenEvaluationArgs, 'activityId' | 'input'>>;
  recordFinalEvaluation?: Resolver<ResolversTypes['FinalEvaluation'], ParentType, ContextType, RequireFields<MutationRecordFinalEvaluationArgs, 'actionId' | 'input'>>;
  recordFollowUp?: Resolver<ResolversTypes['FollowUp'], ParentType, ContextType, RequireFields<MutationRecordFollowUpArgs, 'actionId' | 'input'>>;
  recordParticipation?: Resolver<ResolversTypes['Participation'], ParentType, ContextType, RequireFields<MutationRecordParticipationArgs, 'activityId' | 'input'>>;
  recordResult?: Resolver<ResolversTypes['Result'], ParentType, ContextType, RequireFields<MutationRecordResultArgs, 'actionId' | 'input'>>;
  setIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationSetIndicatorArgs, 'actionId' | 'input'>>;
  submitEvaluation?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType, RequireFields<MutationSubmitEvaluationArgs, 'activityId' | 'input'>>;
  updateResult?: Resolver<ResolversTypes['Result'], ParentType, ContextType, RequireFields<MutationUpdateResultArgs, 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ParticipationResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Participation'] = ResolversParentTypes['Participation']> = ResolversObject<{
  byInstitutionType?: Resolver<Array<ResolversTypes['InstitutionTypeCount']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ParticipationRecord']>, ParentType, ContextType>;
  institutions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  men?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undisclosed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  women?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ParticipationRecordResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ParticipationRecord'] = ResolversParentTypes['ParticipationRecord']> = ResolversObject<{
  byInstitutionType?: Resolver<Array<ResolversTypes['InstitutionTypeCount']>, ParentType, ContextType>;
  institutions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  men?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undisclosed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  women?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnerQuestionnaireResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['PartnerQuestionnaire'] = ResolversParentTypes['PartnerQuestionnaire']> = ResolversObject<{
  action?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  activityTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closesAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['LinkState'], ParentType, ContextType>;
}>;

export type PartnerQuestionnaireConnectionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['PartnerQuestionnaireConnection'] = ResolversParentTypes['PartnerQuestionnaireConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartnerQuestionnaireEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnerQuestionnaireEdgeResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['PartnerQuestionnaireEdge'] = ResolversParentTypes['PartnerQuestionnaireEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PartnerQuestionnaire'], ParentType, ContextType>;
}>;

export type PeopleBySexResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['PeopleBySex'] = ResolversParentTypes['PeopleBySex']> = ResolversObject<{
  men?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undisclosed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  women?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersonalDataResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['PersonalData'] = ResolversParentTypes['PersonalData'], FederationReferenceType extends FederationReferenceTypes['PersonalData'] = FederationReferenceTypes['PersonalData']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalData']> | FederationReferenceType, FederationReferenceType, ContextType>;
  appraisals?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  expertId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  evaluationQuestionnaire?: Resolver<ResolversTypes['Questionnaire'], ParentType, ContextType, RequireFields<QueryEvaluationQuestionnaireArgs, 'language' | 'token'>>;
  evaluationSummary?: Resolver<Maybe<ResolversTypes['EvaluationSummary']>, ParentType, ContextType, RequireFields<QueryEvaluationSummaryArgs, 'activityId'>>;
  myQuestionnaire?: Resolver<Maybe<ResolversTypes['Questionnaire']>, ParentType, ContextType, RequireFields<QueryMyQuestionnaireArgs, 'activityId' | 'language'>>;
  myQuestionnaires?: Resolver<Maybe<ResolversTypes['PartnerQuestionnaireConnection']>, ParentType, ContextType, Partial<QueryMyQuestionnairesArgs>>;
}>;

export type QuestionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Question'] = ResolversParentTypes['Question']> = ResolversObject<{
  choices?: Resolver<Array<ResolversTypes['QuestionChoice']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QuestionKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QuestionChoiceResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['QuestionChoice'] = ResolversParentTypes['QuestionChoice']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QuestionnaireResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Questionnaire'] = ResolversParentTypes['Questionnaire']> = ResolversObject<{
  activityTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType>;
  respondentType?: Resolver<ResolversTypes['LinkRespondentType'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['LinkState'], ParentType, ContextType>;
}>;

export type QuestionnaireReceiptResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['QuestionnaireReceipt'] = ResolversParentTypes['QuestionnaireReceipt']> = ResolversObject<{
  received?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  respondentType?: Resolver<ResolversTypes['LinkRespondentType'], ParentType, ContextType>;
}>;

export type RatingCountResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['RatingCount'] = ResolversParentTypes['RatingCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Rating'], ParentType, ContextType>;
}>;

export type RespondentSummaryResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['RespondentSummary'] = ResolversParentTypes['RespondentSummary']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  linksAnswered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  linksIssued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relevance?: Resolver<Array<ResolversTypes['ExtentCount']>, ParentType, ContextType>;
  respondentType?: Resolver<ResolversTypes['RespondentType'], ParentType, ContextType>;
  satisfactionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  usefulness?: Resolver<Array<ResolversTypes['ExtentCount']>, ParentType, ContextType>;
}>;

export type ResultResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Result'] = ResolversParentTypes['Result']> = ResolversObject<{
  activities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ResultStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ResultType'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ServiceContext> = ResolversObject<{
  Action?: ActionResolvers<ContextType>;
  Activity?: ActivityResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Evaluation?: EvaluationResolvers<ContextType>;
  EvaluationConnection?: EvaluationConnectionResolvers<ContextType>;
  EvaluationEdge?: EvaluationEdgeResolvers<ContextType>;
  EvaluationLink?: EvaluationLinkResolvers<ContextType>;
  EvaluationOpening?: EvaluationOpeningResolvers<ContextType>;
  EvaluationSummary?: EvaluationSummaryResolvers<ContextType>;
  Expert?: ExpertResolvers<ContextType>;
  ExpertAppraisal?: ExpertAppraisalResolvers<ContextType>;
  ExtentCount?: ExtentCountResolvers<ContextType>;
  FinalEvaluation?: FinalEvaluationResolvers<ContextType>;
  FollowUp?: FollowUpResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorPeriod?: IndicatorPeriodResolvers<ContextType>;
  InstitutionTypeCount?: InstitutionTypeCountResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participation?: ParticipationResolvers<ContextType>;
  ParticipationRecord?: ParticipationRecordResolvers<ContextType>;
  PartnerQuestionnaire?: PartnerQuestionnaireResolvers<ContextType>;
  PartnerQuestionnaireConnection?: PartnerQuestionnaireConnectionResolvers<ContextType>;
  PartnerQuestionnaireEdge?: PartnerQuestionnaireEdgeResolvers<ContextType>;
  PeopleBySex?: PeopleBySexResolvers<ContextType>;
  PersonalData?: PersonalDataResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Question?: QuestionResolvers<ContextType>;
  QuestionChoice?: QuestionChoiceResolvers<ContextType>;
  Questionnaire?: QuestionnaireResolvers<ContextType>;
  QuestionnaireReceipt?: QuestionnaireReceiptResolvers<ContextType>;
  RatingCount?: RatingCountResolvers<ContextType>;
  RespondentSummary?: RespondentSummaryResolvers<ContextType>;
  Result?: ResultResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = ServiceContext> = ResolversObject<{
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  override?: OverrideDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
  tag?: TagDirectiveResolver<any, any, ContextType>;
}>;
