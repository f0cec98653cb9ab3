import { graphql } from '../../gql';

/** The figures of the dashboard and of the factsheet: the whole and its slices. */
export const AnalysisPortfolio = graphql(`
  query AnalysisPortfolio($filter: PortfolioFilter, $lang: Language!) {
    portfolio(filter: $filter) {
      actions
      activities
      countriesSupported
      participants
      womenParticipants
      policiesSupported
      expertsDeployed
      publicOfficialsFromMemberStates
      memberStatesRepresented
      satisfactionRate
      launchedOnTimeRate
      requests
      byYear {
        value
        label(lang: $lang)
        actions
        activities
        participants
      }
      byRegion {
        value
        label(lang: $lang)
        actions
        activities
        participants
      }
      byThematicArea {
        value
        label(lang: $lang)
        actions
        activities
        participants
      }
      byActivityType {
        value
        label(lang: $lang)
        actions
        activities
        participants
      }
    }
  }
`);

/** One page of the Actions under the same filter. */
export const AnalysisActions = graphql(`
  query AnalysisActions($filter: ActionFilter, $first: Int, $after: String, $lang: Language!) {
    actions(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          reference
          title
          status
          country {
            code
            name(lang: $lang)
          }
          approvedOn
          phase
          activityCount
          participants
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
