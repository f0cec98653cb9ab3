import { institutionRefusal, questionnaireForInstitution, questionnairesForInstitution } from '@mieux/domain';
import { allow, conflict, notFound, ROLE_GROUPS, sliceConnection } from '@mieux/service-kit';
import { answeringInstitution, requireInstitutionOf } from '../evaluation-link/evaluation-link.access';
import { parseAnswerInput } from '../evaluation-link/evaluation-link.input';
import { evaluationOf, questionnaireOf } from '../evaluation-link/evaluation-link.model';
import type { Resolvers } from '../generated/resolvers-types';
import { BY_OPENING } from './partner-questionnaire.model';

/**
 * The questionnaires meant for a partner institution (its partner authority's) on its Actions'
 * activities: listed, read and answered signed in as a partner of the institution, once per activity.
 */
export const partnerQuestionnaireResolvers: Resolvers = {
  Query: {
    myQuestionnaires: allow(ROLE_GROUPS.partners, async (_, page, ctx) => {
      const institution = answeringInstitution(ctx.identity);
      if (!institution) return sliceConnection([], page, BY_OPENING);
      const links = await ctx.evaluationLinks.partnerLinksOfActions(await ctx.actionClient.myActionIds(ctx));
      return sliceConnection(questionnairesForInstitution(institution, links, new Date()), page, BY_OPENING);
    }),
    myQuestionnaire: allow(ROLE_GROUPS.partners, async (_, { activityId, language }, ctx) => {
      const institution = answeringInstitution(ctx.identity);
      if (!institution || !(await ctx.activityClient.readsActivity(ctx, activityId))) return null;
      const standing = questionnaireForInstitution(institution, await ctx.evaluationLinks.partnerLinksOfActivity(activityId), new Date());
      if (!standing) return null;
      return questionnaireOf(
        { respondentType: 'PARTNER_AUTHORITY', activityTitle: standing.activityTitle, state: standing.state, expiresAt: standing.closesAt },
        language ?? 'EN',
      );
    }),
  },
  Mutation: {
    answerQuestionnaireAsInstitution: allow(ROLE_GROUPS.partners, async (_, { activityId, input }, ctx) => {
      const answer = parseAnswerInput(input);
      const institution = await requireInstitutionOf(ctx, activityId);
      const { recorded, questionnaire } = await ctx.evaluationLinks.answerAsInstitution(activityId, institution, new Date(), (link) =>
        evaluationOf(link, answer, ctx.identity),
      );
      if (!questionnaire) throw notFound("The partner authority's questionnaire of activity", activityId);
      if (!recorded) {
        const state = questionnaire.state as 'ANSWERED' | 'EXPIRED';
        throw conflict(institutionRefusal(state), { state });
      }
      return questionnaire;
    }),
  },
  PartnerQuestionnaire: {
    activity: (questionnaire) => ({ id: questionnaire.activityId }),
    action: (questionnaire) => ({ id: questionnaire.actionId }),
  },
};
