import { graphql } from '../../gql';

/** The activities held, even in part, in a window (a month), by start date, with their Action. */
export const ActivityCalendar = graphql(`
  query ActivityCalendar($filter: ActivityCalendarFilter!, $lang: Language!) {
    activities(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
          action {
            id
            reference
          }
          title
          type
          status
          startsOn
          endsOn
          online
          city
          countryCode
          country {
            ...NamedCountry
          }
        }
      }
    }
  }
`);
