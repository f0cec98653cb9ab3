/**
 * The demo portfolio as plain records in the domain's vocabulary. Each subgraph's
 * `src/demo/seed-demo.ts` writes its own part through its own data layer; ids are shared so the
 * parts meet in the graph.
 */
export type IsoDate = string;

export interface DemoInstitution {
  name: string;
  type: string;
  countryCode: string | null;
}

export interface DemoTransition {
  from: string | null;
  to: string;
  on: IsoDate;
  role: string;
  reason: string | null;
}

export interface DemoRequest {
  id: string;
  reference: string;
  title: string;
  status: string;
  channel: 'WEBSITE' | 'EU_DELEGATION';
  /** ISO alpha-2 country code or regional organisation code. */
  beneficiaryCode: string;
  institutions: DemoInstitution[];
  thematicAreas: string[];
  subTopics: string[];
  description: string;
  contact: { name: string; email: string; phone: string | null };
  expressionOfInterestOn: IsoDate;
  officialLetter: { reference: string; receivedOn: IsoDate; channel: 'WEBSITE' | 'EU_DELEGATION' } | null;
  actionFiche: { objectives: string; priorityNeeds: string[]; plannedActivities: { type: string; count: number }[]; draftedOn: IsoDate } | null;
  decision: { outcome: 'APPROVED' | 'REJECTED'; decidedOn: IsoDate; rationale: string } | null;
  withdrawal: { on: IsoDate; reason: string } | null;
  /** Every transition from the expression of interest on, in order. */
  history: DemoTransition[];
}

export interface DemoExpert {
  id: string;
  fullName: string;
  email: string;
  phone: string | null;
  nationality: string;
  employerType: string;
  publicOfficial: boolean;
  /** EU Member State of service, for officials of Member State administrations. */
  memberState: string | null;
  thematicAreas: string[];
  subTopics: string[];
  languages: string[];
  regions: string[];
  countriesOfExperience: string[];
  status: string;
  appliedOn: IsoDate;
  consentGivenOn: IsoDate;
  privacyNoticeVersion: string;
  cvSummary: string;
  availability: { from: IsoDate; to: IsoDate }[];
}

export interface DemoAction {
  id: string;
  requestId: string;
  reference: string;
  title: string;
  beneficiaryCode: string;
  region: string | null;
  thematicAreas: string[];
  /** Its request's sub-topics. */
  subTopics: string[];
  approvedOn: IsoDate;
  status: string;
}

export interface DemoActivity {
  id: string;
  actionId: string;
  type: string;
  format: string;
  title: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  /** Where it is held (for online activities, the beneficiary's country). */
  countryCode: string;
  city: string | null;
  online: boolean;
  /** ISO 639-1: the official languages of where it is held, as planning gives them by default. */
  workingLanguages: string[];
  status: string;
}

export interface DemoDeployment {
  id: string;
  activityId: string;
  expertId: string;
  role: string;
}

export interface DemoParticipation {
  activityId: string;
  actionId: string;
  women: number;
  men: number;
  undisclosed: number;
  institutions: string[];
  recordedOn: IsoDate;
}

export interface DemoEvaluation {
  id: string;
  activityId: string;
  actionId: string;
  respondentType: string;
  rating: string;
  comment: string | null;
  submittedOn: IsoDate;
}

export interface DemoResult {
  id: string;
  actionId: string;
  type: string;
  status: string;
  title: string;
  date: IsoDate;
}

export interface DemoIndicator {
  id: string;
  actionId: string;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  actual: number | null;
  period: string;
}

export interface DemoFinalEvaluation {
  actionId: string;
  summary: string;
  rating: string;
  date: IsoDate;
}

export interface DemoPortfolio {
  requests: DemoRequest[];
  experts: DemoExpert[];
  actions: DemoAction[];
  activities: DemoActivity[];
  deployments: DemoDeployment[];
  participation: DemoParticipation[];
  evaluations: DemoEvaluation[];
  results: DemoResult[];
  indicators: DemoIndicator[];
  finalEvaluations: DemoFinalEvaluation[];
}
