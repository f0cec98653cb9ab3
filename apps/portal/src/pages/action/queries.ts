import { graphql } from '../../gql';

/** An activity as the Action page shows it: dates, place, status, experts, participation and evaluation. */
export const ActionActivityFields = graphql(`
  fragment ActionActivity on Activity {
    id
    type
    format
    title
    startsOn
    endsOn
    countryCode
    country {
      code
      name(lang: $lang)
    }
    city
    online
    status
    allowedTransitions
    deployments(first: 10) {
      edges {
        node {
          id
          role
          status
          expert {
            id
            displayName
          }
        }
      }
    }
    invitations(first: 10) {
      edges {
        node {
          id
          role
          status
          invitedAt
          expiresAt
          reason
          availabilityOverrideReason
          expert {
            id
            displayName
          }
        }
      }
    }
    participation {
      total
      women
      men
      undisclosed
      institutions
    }
    evaluations {
      count
      satisfactionRate
    }
  }
`);

/** One Action as its project officer works on it: its first 50 activities (the query stays within an officer's cost budget). */
export const ActionWork = graphql(`
  query ActionWork($id: ID!, $lang: Language!) {
    action(id: $id) {
      id
      reference
      title
      status
      allowedTransitions
      approvedOn
      launchTarget
      launchedOn
      assignedOfficer {
        id
        displayName
      }
      country {
        code
        name(lang: $lang)
      }
      request {
        id
      }
      activityDrafts {
        id
        type
        title
        activity {
          id
        }
      }
      activities(first: 50) {
        totalCount
        edges {
          node {
            ...ActionActivity
          }
        }
      }
      results {
        id
        type
        status
        title
        date
      }
      indicators {
        id
        name
        unit
        baseline
        periods {
          period
          target
          actual
        }
      }
      finalEvaluation {
        summary
        rating
        date
      }
    }
  }
`);

/** The experts ranked for one activity, with each criterion's score and reason. */
export const ActivityCandidates = graphql(`
  query ActivityCandidates($id: ID!, $lang: Language!) {
    activity(id: $id) {
      id
      candidateExperts(first: 5) {
        totalCount
        edges {
          node {
            rank
            score
            expert {
              id
              displayName
              languages
            }
            reasons {
              code
              weight
              score
              message(lang: $lang)
            }
          }
        }
      }
    }
  }
`);
