import { assertLinkRequest, DEFAULT_LINK_VALIDITY_DAYS, institutionRefusal, linkRefusal, linksToIssue, linkState, type LinkRespondent } from '@mieux/domain';
import { allow, conflict, newSecretToken, notFound, ROLE_GROUPS, secretTokenHash } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { requireLinkRespondent } from './evaluation-link.access';
import type { EvaluationLinkRow } from './evaluation-link.entity';
import { parseAnswerInput } from './evaluation-link.input';
import { evaluationOf, questionnaireOf } from './evaluation-link.model';

const DAY_MS = 86_400_000;

/** The link a token opens; NOT_FOUND alike for a token never issued and for one that cannot be one. */
async function linkOf(ctx: ServiceContext, token: string): Promise<EvaluationLinkRow> {
  const link = token.length <= 64 ? await ctx.evaluationLinks.find(secretTokenHash(token)) : null;
  if (!link) throw notFound('Evaluation link', 'given');
  return link;
}

export const evaluationLinkResolvers: Resolvers = {
  Query: {
    evaluationQuestionnaire: allow(ROLE_GROUPS.anyone, async (_, { token, language }, ctx) => {
      const link = await linkOf(ctx, token);
      return questionnaireOf({ ...link, respondentType: link.respondentType as LinkRespondent, state: linkState(link, new Date()) }, language ?? 'EN');
    }),
  },
  Mutation: {
    openEvaluation: allow(ROLE_GROUPS.officers, async (_, { activityId, input: given }, ctx) => {
      const input = {
        participants: given.participants,
        partnerAuthorities: given.partnerAuthorities ?? 0,
        validForDays: given.validForDays ?? DEFAULT_LINK_VALIDITY_DAYS,
      };
      assertLinkRequest(input);
      const activity = await ctx.activityClient.activity(ctx, activityId);
      const openedAt = new Date();
      const expiresAt = new Date(openedAt.getTime() + input.validForDays * DAY_MS);
      const links = linksToIssue(input).map((respondentType) => ({ respondentType, ...newSecretToken() }));
      await ctx.evaluationLinks.issue(
        links.map(({ respondentType, hash }) => ({
          tokenHash: hash,
          activityId,
          actionId: activity.action.id,
          activityTitle: activity.title,
          respondentType,
          openedAt,
          expiresAt,
          used: false,
          answeredBy: null,
          answeredAt: null,
        })),
      );
      return { activityId, expiresAt, links: links.map(({ respondentType, token }) => ({ respondentType, token, expiresAt })) };
    }),
    answerEvaluation: allow(ROLE_GROUPS.anyone, async (_, { token, input }, ctx) => {
      const answer = parseAnswerInput(input);
      const link = await linkOf(ctx, token);
      const before = linkState(link, new Date());
      if (before !== 'OPEN') throw conflict(linkRefusal(before), { state: before });
      const institution = await requireLinkRespondent(ctx, link);
      const now = new Date();
      const recorded = await ctx.evaluationLinks.answer(link.tokenHash, now, institution, (open) => evaluationOf(open, answer, ctx.identity));
      if (recorded === 'INSTITUTION_ANSWERED') throw conflict(institutionRefusal('ANSWERED'), { state: 'ANSWERED' });
      if (!recorded) {
        const after = linkState((await ctx.evaluationLinks.find(link.tokenHash)) ?? link, now) as 'ANSWERED' | 'EXPIRED';
        throw conflict(linkRefusal(after), { state: after });
      }
      return { received: true, respondentType: link.respondentType as LinkRespondent };
    }),
  },
};
