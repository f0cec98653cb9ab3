/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AllCountries($lang: Language!) {\n    countries {\n      code\n      kind\n      name(lang: $lang)\n      euMemberState\n    }\n  }\n": typeof types.AllCountriesDocument,
    "\n  mutation ApplyToRoster($input: RosterApplicationInput!, $key: String) {\n    applyToRoster(input: $input, idempotencyKey: $key) {\n      id\n      status\n      displayName\n    }\n  }\n": typeof types.ApplyToRosterDocument,
    "\n  query MyProfile($id: ID!) {\n    expert(id: $id) {\n      id\n      displayName\n      status\n      email\n      phone\n      erased\n      thematicAreas\n      languages\n      regions\n      availability {\n        from\n        to\n      }\n      consent {\n        givenAt\n        noticeVersion\n        withdrawnAt\n      }\n      deployments(first: 50) {\n        edges {\n          node {\n            id\n            role\n            status\n            activity {\n              title\n              startsOn\n              endsOn\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  query MyData {\n    myData\n  }\n": typeof types.MyDataDocument,
    "\n  mutation SetMyAvailability($periods: [AvailabilityInput!]!) {\n    setMyAvailability(periods: $periods) {\n      id\n      availability {\n        from\n        to\n      }\n    }\n  }\n": typeof types.SetMyAvailabilityDocument,
    "\n  mutation WithdrawConsent {\n    withdrawConsent {\n      id\n      status\n      consent {\n        withdrawnAt\n      }\n    }\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  mutation EraseMe($id: ID!) {\n    eraseExpert(id: $id) {\n      id\n      erased\n      displayName\n    }\n  }\n": typeof types.EraseMeDocument,
    "\n  query Achievements {\n    portfolio {\n      actions\n      activities\n      participants\n      policiesSupported\n      expertsDeployed\n      memberStatesRepresented\n    }\n  }\n": typeof types.AchievementsDocument,
    "\n  query WhereWeWork($filter: PortfolioFilter, $lang: Language!) {\n    portfolio(filter: $filter) {\n      actions\n      byCountry {\n        value\n        label(lang: $lang)\n        actions\n      }\n    }\n  }\n": typeof types.WhereWeWorkDocument,
    "\n  query MyRequests($lang: Language!, $after: String) {\n    requests(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reference\n          title\n          status\n          expressionOfInterestOn\n          country {\n            name(lang: $lang)\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyRequestsDocument,
    "\n  query CheckEligibility($input: EligibilityInput!, $lang: Language!) {\n    checkEligibility(input: $input) {\n      eligible\n      reasons {\n        code\n        blocking\n        field\n        message(lang: $lang)\n      }\n    }\n  }\n": typeof types.CheckEligibilityDocument,
    "\n  mutation SubmitExpressionOfInterest($input: ExpressionOfInterestInput!, $key: String) {\n    submitExpressionOfInterest(input: $input, idempotencyKey: $key) {\n      reference\n      trackingCode\n      status\n      expressionOfInterestOn\n    }\n  }\n": typeof types.SubmitExpressionOfInterestDocument,
    "\n  query TrackRequest($reference: String!, $code: String!, $lang: Language!) {\n    trackRequest(reference: $reference, code: $code) {\n      reference\n      status\n      nextStep(lang: $lang)\n      expressionOfInterestOn\n      officialLetterReceivedOn\n      decidedOn\n    }\n  }\n": typeof types.TrackRequestDocument,
    "\n  query AnalysisPortfolio($filter: PortfolioFilter, $lang: Language!) {\n    portfolio(filter: $filter) {\n      actions\n      activities\n      countriesSupported\n      participants\n      womenParticipants\n      policiesSupported\n      expertsDeployed\n      publicOfficialsFromMemberStates\n      memberStatesRepresented\n      satisfactionRate\n      launchedOnTimeRate\n      requests\n      byYear {\n        value\n        label(lang: $lang)\n        actions\n        activities\n        participants\n      }\n      byRegion {\n        value\n        label(lang: $lang)\n        actions\n        activities\n        participants\n      }\n      byThematicArea {\n        value\n        label(lang: $lang)\n        actions\n        activities\n        participants\n      }\n      byActivityType {\n        value\n        label(lang: $lang)\n        actions\n        activities\n        participants\n      }\n    }\n  }\n": typeof types.AnalysisPortfolioDocument,
    "\n  query AnalysisActions($filter: ActionFilter, $first: Int, $after: String, $lang: Language!) {\n    actions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          title\n          status\n          country {\n            code\n            name(lang: $lang)\n          }\n          approvedOn\n          phase\n          activityCount\n          participants\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AnalysisActionsDocument,
    "\n  query ReferenceData($lang: Language!) {\n    countries(eligibleOnly: true) {\n      code\n      kind\n      name(lang: $lang)\n      region\n    }\n    thematicAreas {\n      code\n      label(lang: $lang)\n    }\n  }\n": typeof types.ReferenceDataDocument,
};
const documents: Documents = {
    "\n  query AllCountries($lang: Language!) {\n    countries {\n      code\n      kind\n      name(lang: $lang)\n      euMemberState\n    }\n  }\n": types.AllCountriesDocument,
    "\n  mutation ApplyToRoster($input: RosterApplicationInput!, $key: String) {\n    applyToRoster(input: $input, idempotencyKey: $key) {\n      id\n      status\n      displayName\n    }\n  }\n": types.ApplyToRosterDocument,
    "\n  query MyProfile($id: ID!) {\n    expert(id: $id) {\n      id\n      displayName\n      status\n      email\n      phone\n      erased\n      thematicAreas\n      languages\n      regions\n      availability {\n        from\n        to\n      }\n      consent {\n        givenAt\n        noticeVersion\n        withdrawnAt\n      }\n      deployments(first: 50) {\n        edges {\n          node {\n            id\n            role\n            status\n            activity {\n              title\n              startsOn\n              endsOn\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  query MyData {\n    myData\n  }\n": types.MyDataDocument,
    "\n  mutation SetMyAvailability($periods: [AvailabilityInput!]!) {\n    setMyAvailability(periods: $periods) {\n      id\n      availability {\n        from\n        to\n      }\n    }\n  }\n": types.SetMyAvailabilityDocument,
    "\n  mutation WithdrawConsent {\n    withdrawConsent {\n      id\n      status\n      consent {\n        withdrawnAt\n      }\n    }\n  }\n": types.WithdrawConsentDocument,
    "\n  mutation EraseMe($id: ID!) {\n    eraseExpert(id: $id) {\n      id\n      erased\n      displayName\n    }\n  }\n": types.EraseMeDocument,
    "\n  query Achievements {\n    portfolio {\n      actions\n      activities\n      participants\n      policiesSupported\n      expertsDeployed\n      memberStatesRepresented\n    }\n  }\n": types.AchievementsDocument,
    "\n  query WhereWeWork($filter: PortfolioFilter, $lang: Language!) {\n    portfolio(filter: $filter) {\n      actions\n      byCountry {\n        value\n        label(lang: $lang)\n        actions\n      }\n    }\n  }\n": types.WhereWeWorkDocument,
    "\n  query MyRequests($lang: Language!, $after: String) {\n    requests(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reference\n          title\n          status\n          expressionOfInterestOn\n          country {\n            name(lang: $lang)\n          }\n        }\n      }\n    }\n  }\n": types.MyRequestsDocument,
    "\n  query CheckEligibility($input: EligibilityInput!, $lang: Language!) {\n    checkEligibility(input: $input) {\n      eligible\n      reasons {\n        code\n        blocking\n        field\n        message(lang: $lang)\n      }\n    }\n  }\n": types.CheckEligibilityDocument,
    "\n  mutation SubmitExpressionOfInterest($input: ExpressionOfInterestInput!, $key: String) {\n    submitExpressionOfInterest(input: $input, idempotencyKey: $key) {\n      reference\n      trackingCode\n      status\n      expressionOfInterestOn\n    }\n  }\n": types.SubmitExpressionOfInterestDocument,
    "\n  query TrackRequest($reference: String!, $code: String!, $lang: Language!) {\n    trackRequest(reference: $reference, code: $code) {\n      reference\n      status\n      nextStep(lang: $lang)\n      expressionOfInterestOn\n      officialLetterReceivedOn\n      decidedOn\n    }\n  }\n": types.TrackRequestDocument,
    "\n  query AnalysisPortfolio($filter: PortfolioFilter, $lang: Language!) {\n    portfolio(filter: $filter) {\n      actions\n      activities\n      countriesSupported\n      participants\n      womenParticipants\n      policiesSupported\n      expertsDeployed\n      publicOfficialsFromMemberStates\n      memberStatesRepresented\n      satisfactionRate\n      launchedOnTimeRate\n      requests\n      byYear {\n        value\n        label(lang: $lang)\n        actions\n        activities\n        participants\n      }\n      byRegion {\n        value\n        label(lang: $lang)\n        actions\n        activities\n        participants\n      }\n      byThematicArea {\n        value\n        label(lang: $lang)\n        actions\n        activities\n        participants\n      }\n      byActivityType {\n        value\n        label(lang: $lang)\n        actions\n        activities\n        participants\n      }\n    }\n  }\n": types.AnalysisPortfolioDocument,
    "\n  query AnalysisActions($filter: ActionFilter, $first: Int, $after: String, $lang: Language!) {\n    actions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          title\n          status\n          country {\n            code\n            name(lang: $lang)\n          }\n          approvedOn\n          phase\n          activityCount\n          participants\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AnalysisActionsDocument,
    "\n  query ReferenceData($lang: Language!) {\n    countries(eligibleOnly: true) {\n      code\n      kind\n      name(lang: $lang)\n      region\n    }\n    thematicAreas {\n      code\n      label(lang: $lang)\n    }\n  }\n": types.ReferenceDataDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllCountries($lang: Language!) {\n    countries {\n      code\n      kind\n      name(lang: $lang)\n      euMemberState\n    }\n  }\n"): (typeof documents)["\n  query AllCountries($lang: Language!) {\n    countries {\n      code\n      kind\n      name(lang: $lang)\n      euMemberState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyToRoster($input: RosterApplicationInput!, $key: String) {\n    applyToRoster(input: $input, idempotencyKey: $key) {\n      id\n      status\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyToRoster($input: RosterApplicationInput!, $key: String) {\n    applyToRoster(input: $input, idempotencyKey: $key) {\n      id\n      status\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile($id: ID!) {\n    expert(id: $id) {\n      id\n      displayName\n      status\n      email\n      phone\n      erased\n      thematicAreas\n      languages\n      regions\n      availability {\n        from\n        to\n      }\n      consent {\n        givenAt\n        noticeVersion\n        withdrawnAt\n      }\n      deployments(first: 50) {\n        edges {\n          node {\n            id\n            role\n            status\n            activity {\n              title\n              startsOn\n              endsOn\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProfile($id: ID!) {\n    expert(id: $id) {\n      id\n      displayName\n      status\n      email\n      phone\n      erased\n      thematicAreas\n      languages\n      regions\n      availability {\n        from\n        to\n      }\n      consent {\n        givenAt\n        noticeVersion\n        withdrawnAt\n      }\n      deployments(first: 50) {\n        edges {\n          node {\n            id\n            role\n            status\n            activity {\n              title\n              startsOn\n              endsOn\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyData {\n    myData\n  }\n"): (typeof documents)["\n  query MyData {\n    myData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyAvailability($periods: [AvailabilityInput!]!) {\n    setMyAvailability(periods: $periods) {\n      id\n      availability {\n        from\n        to\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyAvailability($periods: [AvailabilityInput!]!) {\n    setMyAvailability(periods: $periods) {\n      id\n      availability {\n        from\n        to\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent {\n    withdrawConsent {\n      id\n      status\n      consent {\n        withdrawnAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawConsent {\n    withdrawConsent {\n      id\n      status\n      consent {\n        withdrawnAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseMe($id: ID!) {\n    eraseExpert(id: $id) {\n      id\n      erased\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation EraseMe($id: ID!) {\n    eraseExpert(id: $id) {\n      id\n      erased\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Achievements {\n    portfolio {\n      actions\n      activities\n      participants\n      policiesSupported\n      expertsDeployed\n      memberStatesRepresented\n    }\n  }\n"): (typeof documents)["\n  query Achievements {\n    portfolio {\n      actions\n      activities\n      participants\n      policiesSupported\n      expertsDeployed\n      memberStatesRepresented\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhereWeWork($filter: PortfolioFilter, $lang: Language!) {\n    portfolio(filter: $filter) {\n      actions\n      byCountry {\n        value\n        label(lang: $lang)\n        actions\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhereWeWork($filter: PortfolioFilter, $lang: Language!) {\n    portfolio(filter: $filter) {\n      actions\n      byCountry {\n        value\n        label(lang: $lang)\n        actions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRequests($lang: Language!, $after: String) {\n    requests(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reference\n          title\n          status\n          expressionOfInterestOn\n          country {\n            name(lang: $lang)\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyRequests($lang: Language!, $after: String) {\n    requests(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reference\n          title\n          status\n          expressionOfInterestOn\n          country {\n            name(lang: $lang)\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckEligibility($input: EligibilityInput!, $lang: Language!) {\n    checkEligibility(input: $input) {\n      eligible\n      reasons {\n        code\n        blocking\n        field\n        message(lang: $lang)\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckEligibility($input: EligibilityInput!, $lang: Language!) {\n    checkEligibility(input: $input) {\n      eligible\n      reasons {\n        code\n        blocking\n        field\n        message(lang: $lang)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitExpressionOfInterest($input: ExpressionOfInterestInput!, $key: String) {\n    submitExpressionOfInterest(input: $input, idempotencyKey: $key) {\n      reference\n      trackingCode\n      status\n      expressionOfInterestOn\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitExpressionOfInterest($input: ExpressionOfInterestInput!, $key: String) {\n    submitExpressionOfInterest(input: $input, idempotencyKey: $key) {\n      reference\n      trackingCode\n      status\n      expressionOfInterestOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackRequest($reference: String!, $code: String!, $lang: Language!) {\n    trackRequest(reference: $reference, code: $code) {\n      reference\n      status\n      nextStep(lang: $lang)\n      expressionOfInterestOn\n      officialLetterReceivedOn\n      decidedOn\n    }\n  }\n"): (typeof documents)["\n  query TrackRequest($reference: String!, $code: String!, $lang: Language!) {\n    trackRequest(reference: $reference, code: $code) {\n      reference\n      status\n      nextStep(lang: $lang)\n      expressionOfInterestOn\n      officialLetterReceivedOn\n      decidedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalysisPortfolio($filter: PortfolioFilter, $lang: Language!) {\n    portfolio(filter: $filter) {\n      actions\n      activities\n      countriesSupported\n      participants\n      womenParticipants\n      policiesSupported\n      expertsDeployed\n      publicOfficialsFromMemberStates\n      memberStatesRepresented\n      satisfactionRate\n      launchedOnTimeRate\n      requests\n      byYear {\n        value\n        label(lang: $lang)\n        actions\n        activities\n        participants\n      }\n      byRegion {\n        value\n        label(lang: $lang)\n        actions\n        activities\n        participants\n      }\n      byThematicArea {\n        value\n        label(lang: $lang)\n        actions\n        activities\n        participants\n      }\n      byActivityType {\n        value\n        label(lang: $lang)\n        actions\n        activities\n        participants\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalysisPortfolio($filter: PortfolioFilter, $lang: Language!) {\n    portfolio(filter: $filter) {\n      actions\n      activities\n      countriesSupported\n      participants\n      womenParticipants\n      policiesSupported\n      expertsDeployed\n      publicOfficialsFromMemberStates\n      memberStatesRepresented\n      satisfactionRate\n      launchedOnTimeRate\n      requests\n      byYear {\n        value\n        label(lang: $lang)\n        actions\n        activities\n        participants\n      }\n      byRegion {\n        value\n        label(lang: $lang)\n        actions\n        activities\n        participants\n      }\n      byThematicArea {\n        value\n        label(lang: $lang)\n        actions\n        activities\n        participants\n      }\n      byActivityType {\n        value\n        label(lang: $lang)\n        actions\n        activities\n        participants\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalysisActions($filter: ActionFilter, $first: Int, $after: String, $lang: Language!) {\n    actions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          title\n          status\n          country {\n            code\n            name(lang: $lang)\n          }\n          approvedOn\n          phase\n          activityCount\n          participants\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalysisActions($filter: ActionFilter, $first: Int, $after: String, $lang: Language!) {\n    actions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          title\n          status\n          country {\n            code\n            name(lang: $lang)\n          }\n          approvedOn\n          phase\n          activityCount\n          participants\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceData($lang: Language!) {\n    countries(eligibleOnly: true) {\n      code\n      kind\n      name(lang: $lang)\n      region\n    }\n    thematicAreas {\n      code\n      label(lang: $lang)\n    }\n  }\n"): (typeof documents)["\n  query ReferenceData($lang: Language!) {\n    countries(eligibleOnly: true) {\n      code\n      kind\n      name(lang: $lang)\n      region\n    }\n    thematicAreas {\n      code\n      label(lang: $lang)\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;