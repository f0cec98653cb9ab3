import { graphql } from '../../gql';

/** Where a list read by cursors goes on from. */
export const NextPageFields = graphql(`
  fragment NextPage on PageInfo {
    hasNextPage
    endCursor
  }
`);

/** A country or regional organisation, named in the page's language. */
export const NamedCountryFields = graphql(`
  fragment NamedCountry on Country {
    code
    name(lang: $lang)
  }
`);

/** The signed-in officer's requests (those assigned to them), the latest expression of interest first. */
export const OfficerRequests = graphql(`
  query OfficerRequests($lang: Language!, $first: Int!, $after: String) {
    myRequests(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          reference
          title
          status
          expressionOfInterestOn
          country {
            ...NamedCountry
          }
          action {
            id
            reference
          }
        }
      }
    }
  }
`);

/** The signed-in officer's Actions (those assigned to them), the latest approved first, with their latest activities. */
export const OfficerActions = graphql(`
  query OfficerActions($lang: Language!, $first: Int!, $after: String) {
    myActions(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          reference
          title
          status
          activityCount
          country {
            ...NamedCountry
          }
          activities(last: 20) {
            edges {
              node {
                id
                type
                status
                startsOn
              }
            }
          }
        }
      }
    }
  }
`);
