import { assertFollowUpMonths, assertNoDateProblem, isSustained, pastDateProblem } from '@mieux/domain';
import { allow, badUserInput, ROLE_GROUPS, today } from '@mieux/service-kit';
import type { Resolvers } from '../generated/resolvers-types';
import { followUpsLoader } from './follow-up.loader';
import { parseFollowUpInput } from './follow-up.input';

/** Only a closed Action is followed up: its results are final, and what lasted of them is the question. */
const FOLLOWED_UP_STATUS = 'CLOSED';

export const followUpResolvers: Resolvers = {
  Mutation: {
    recordFollowUp: allow(ROLE_GROUPS.officers, async (_, { actionId, input }, ctx) => {
      const followUp = parseFollowUpInput(input);
      assertFollowUpMonths(followUp.monthsAfter);
      assertNoDateProblem([pastDateProblem('input.date', followUp.date, today())]);
      const action = await ctx.actionClient.action(ctx, actionId);
      if (action.status !== FOLLOWED_UP_STATUS)
        throw badUserInput([{ field: 'actionId', message: `the Action is ${action.status}; follow-ups are recorded once it is ${FOLLOWED_UP_STATUS}` }]);
      return ctx.followUps.record({ actionId, ...followUp, recordedAt: new Date() });
    }),
  },
  Action: {
    followUps: (action, _, ctx) => followUpsLoader(ctx).load(action.id),
    sustained: async (action, _, ctx) => isSustained(await followUpsLoader(ctx).load(action.id)),
  },
};
