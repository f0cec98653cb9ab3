import { graphql } from '../../gql';

/** A request as a card of the board and of the decision queue. */
export const RequestCardFields = graphql(`
  fragment RequestCard on Request {
    id
    reference
    title
    status
    expressionOfInterestOn
    country {
      code
      name(lang: $lang)
    }
    assignedOfficer {
      id
      displayName
    }
    actionFiche {
      version
      objectives
    }
  }
`);

/** The board: each open status's requests (the first ten) and how many there are, under one filter. */
export const RequestBoard = graphql(`
  query RequestBoard($region: Region, $officer: ID, $search: String, $to: Date, $lang: Language!) {
    projectOfficers {
      id
      displayName
    }
    EXPRESSION_OF_INTEREST: requests(
      filter: { status: [EXPRESSION_OF_INTEREST], region: $region, assignedOfficerId: $officer, search: $search, to: $to }
      first: 10
    ) {
      ...BoardColumn
    }
    SUBMITTED: requests(filter: { status: [SUBMITTED], region: $region, assignedOfficerId: $officer, search: $search, to: $to }, first: 10) {
      ...BoardColumn
    }
    ELIGIBLE: requests(filter: { status: [ELIGIBLE], region: $region, assignedOfficerId: $officer, search: $search, to: $to }, first: 10) {
      ...BoardColumn
    }
    ACTION_FICHE_DRAFTED: requests(
      filter: { status: [ACTION_FICHE_DRAFTED], region: $region, assignedOfficerId: $officer, search: $search, to: $to }
      first: 10
    ) {
      ...BoardColumn
    }
    REVISION_REQUESTED: requests(filter: { status: [REVISION_REQUESTED], region: $region, assignedOfficerId: $officer, search: $search, to: $to }, first: 10) {
      ...BoardColumn
    }
    APPROVED: requests(filter: { status: [APPROVED], region: $region, assignedOfficerId: $officer, search: $search, to: $to }, first: 10) {
      ...BoardColumn
    }
  }
`);

/** One column of the board: how many requests, and the first of them. */
export const BoardColumnFields = graphql(`
  fragment BoardColumn on RequestConnection {
    totalCount
    edges {
      node {
        ...RequestCard
      }
    }
  }
`);

/** One request as the project officer and the Steering Committee work on it. */
export const RequestWork = graphql(`
  query RequestWork($id: ID!, $lang: Language!) {
    request(id: $id) {
      ...RequestCard
      description
      allowedTransitions
      thematicAreas
      institutions {
        name
        type
      }
      officialLetter {
        reference
        receivedOn
      }
      eligibility {
        eligible
        reasons {
          code
          blocking
          message(lang: $lang)
        }
      }
      eligibilityPreview {
        eligible
        reasons {
          code
          blocking
          message(lang: $lang)
        }
      }
      eligibilityOverride {
        eligible
        rationale
      }
      actionFicheVersions {
        version
        objectives
        priorityNeeds
        plannedActivities {
          type
          count
        }
        draftedAt
      }
      decision {
        outcome
        decidedOn
        rationale
        body
      }
      history {
        from
        to
        at
        role
        kind
        reason
        body
      }
      action {
        id
        reference
      }
    }
  }
`);

export const RecordOfficialRequest = graphql(`
  mutation RecordOfficialRequest($id: ID!, $input: OfficialRequestInput!) {
    recordOfficialRequest(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const AssessEligibility = graphql(`
  mutation AssessEligibility($id: ID!) {
    assessEligibility(id: $id) {
      id
      status
    }
  }
`);

export const OverrideEligibility = graphql(`
  mutation OverrideEligibility($id: ID!, $eligible: Boolean!, $rationale: String!) {
    overrideEligibility(id: $id, eligible: $eligible, rationale: $rationale) {
      id
      status
    }
  }
`);

export const DraftActionFiche = graphql(`
  mutation DraftActionFiche($id: ID!, $input: ActionFicheInput!) {
    draftActionFiche(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const DecideRequest = graphql(`
  mutation DecideRequest($id: ID!, $input: DecisionInput!) {
    decideRequest(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const CreateAction = graphql(`
  mutation CreateActionFromRequest($requestId: ID!) {
    createAction(input: { requestId: $requestId }) {
      id
      reference
    }
  }
`);

/** The Steering Committee's queue: the Action Fiches waiting for a decision, the oldest request first. */
export const DecisionQueue = graphql(`
  query DecisionQueue($lang: Language!, $after: String) {
    requests(filter: { status: [ACTION_FICHE_DRAFTED] }, first: 20, after: $after) {
      totalCount
      edges {
        node {
          ...RequestCard
          actionFiche {
            priorityNeeds
            plannedActivities {
              type
              count
            }
          }
          eligibility {
            eligible
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
