import { graphql } from '../../gql';

/** What a project officer does on the Action page, each answering what the page reads again. */
export const ScheduleActivityDraft = graphql(`
  mutation ScheduleActivityDraft($draftId: ID!, $input: ActivityDraftDatesInput!) {
    scheduleActivityDraft(draftId: $draftId, input: $input) {
      id
    }
  }
`);

export const UpdateActivity = graphql(`
  mutation UpdateActivity($id: ID!, $input: ActivityCorrectionInput!) {
    updateActivity(id: $id, input: $input) {
      id
    }
  }
`);

export const SetActivityStatus = graphql(`
  mutation SetActivityStatus($id: ID!, $status: ActivityStatus!) {
    setActivityStatus(id: $id, status: $status) {
      id
      status
    }
  }
`);

export const InviteExpert = graphql(`
  mutation InviteExpert(
    $activityId: ID!
    $expertId: ID!
    $role: DeploymentRole!
    $termsOfReference: String!
    $overrideAvailability: AvailabilityOverrideInput
  ) {
    inviteExpert(activityId: $activityId, expertId: $expertId, role: $role, termsOfReference: $termsOfReference, overrideAvailability: $overrideAvailability) {
      id
      status
    }
  }
`);

export const WithdrawInvitation = graphql(`
  mutation WithdrawInvitation($id: ID!, $reason: String) {
    withdrawInvitation(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const RecordParticipation = graphql(`
  mutation RecordParticipation($activityId: ID!, $input: ParticipationInput!) {
    recordParticipation(activityId: $activityId, input: $input) {
      total
    }
  }
`);

export const OpenEvaluation = graphql(`
  mutation OpenEvaluation($activityId: ID!, $input: EvaluationOpeningInput!) {
    openEvaluation(activityId: $activityId, input: $input) {
      expiresAt
      links {
        respondentType
        token
      }
    }
  }
`);

export const RecordResult = graphql(`
  mutation RecordResult($actionId: ID!, $input: ResultInput!) {
    recordResult(actionId: $actionId, input: $input) {
      id
    }
  }
`);

export const UpdateResult = graphql(`
  mutation UpdateResult($id: ID!, $input: ResultCorrectionInput!) {
    updateResult(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const SetIndicator = graphql(`
  mutation SetIndicator($actionId: ID!, $input: IndicatorInput!) {
    setIndicator(actionId: $actionId, input: $input) {
      id
    }
  }
`);

export const RecordFinalEvaluation = graphql(`
  mutation RecordFinalEvaluation($actionId: ID!, $input: FinalEvaluationInput!) {
    recordFinalEvaluation(actionId: $actionId, input: $input) {
      date
    }
  }
`);

export const CloseAction = graphql(`
  mutation CloseAction($id: ID!) {
    closeAction(id: $id) {
      id
      status
    }
  }
`);
