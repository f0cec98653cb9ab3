import type { ActivityDates, Person } from '../recipient/recipient.client';
import { activityName, deadline, once, roleName, to, type Notice, type Notices, type Said } from '../letter/letter.templates';

/** The invited expert as the officer reads of them; unnamed when the roster no longer knows them. */
const expertCalled = (expert: Person | null): Said => ({ EN: expert?.name || 'The expert invited', FR: expert?.name || 'L’expert invité' });

/** The activity of an invitation that ended, with its dates, as the expert reads of it. */
const theActivity = (activity: ActivityDates | null): Said =>
  activity
    ? {
        EN: `“${activity.title}”, from ${activity.startsOn} to ${activity.endsOn},`,
        FR: `« ${activity.title} », du ${activity.startsOn} au ${activity.endsOn},`,
      }
    : activityName(null);

/** The expert's dates, no longer held once an invitation ends without their answer. */
const RELEASED: Said = {
  EN: 'These dates are no longer held for you: they are free again, and there is nothing to answer.',
  FR: 'Ces dates ne vous sont plus réservées : elles sont à nouveau libres, et vous n’avez rien à répondre.',
};

/** Why an invitation was withdrawn, told to its expert: what happened, never who asked it or their reason. */
const WITHDRAWN_BECAUSE: Record<'WITHDRAWN' | 'ACTIVITY_CANCELLED' | 'EXPERT_LEFT', Said> = {
  WITHDRAWN: { EN: 'the project officer in charge withdrew it', FR: 'le chargé de projet responsable l’a retirée' },
  ACTIVITY_CANCELLED: { EN: 'the activity was cancelled', FR: 'l’activité a été annulée' },
  EXPERT_LEFT: { EN: 'you left the roster of experts', FR: 'vous avez quitté le registre des experts' },
};

/**
 * An invitation's life, told to those it concerns: the expert invited (nothing of the officer or of other
 * experts, never the terms of reference or a reason), and the officer in charge of the Action (the expert's
 * answer, or that none came).
 */
export const INVITATION_NOTICES: Notices = {
  // The expert alone is told of an invitation: nothing of the officer or of other experts, and never the
  // terms of reference in the e-mail (they are read, and the invitation answered, in the expert's space).
  ExpertInvited: async ({ id, payload }, directory) => {
    const { expert, activity } = await directory.expert(payload.expertId, payload.activityId, id);
    const role = roleName(payload.role);
    const what = activityName(activity?.title);
    const by = deadline(payload.expiresAt);
    const outside = {
      EN: payload.outsideAvailability ? ['These dates lie outside the availability you declared: decline if you cannot take them.'] : [],
      FR: payload.outsideAvailability
        ? ['Ces dates sont en dehors des disponibilités que vous avez déclarées : déclinez si vous ne pouvez pas les prendre.']
        : [],
    };
    return once([
      to(expert, 'expert', {
        EN: {
          subject: 'MIEUX+: you are invited to an activity',
          paragraphs: [
            `You are invited as ${role.EN} on ${what.EN}, from ${payload.startsOn} to ${payload.endsOn}. These dates are held for you until ${by}.`,
            ...outside.EN,
            `Please read the terms of reference and accept or decline in your space on the MIEUX+ portal by ${by}; without an answer by then, the invitation expires.`,
          ],
        },
        FR: {
          subject: 'MIEUX+ : vous êtes invité(e) sur une activité',
          paragraphs: [
            `Vous êtes invité(e) comme ${role.FR} sur ${what.FR}, du ${payload.startsOn} au ${payload.endsOn}. Ces dates vous sont réservées jusqu’au ${by}.`,
            ...outside.FR,
            `Merci de lire les termes de référence et d’accepter ou de décliner dans votre espace du portail MIEUX+ avant le ${by} ; sans réponse d’ici là, l’invitation expire.`,
          ],
        },
      }),
    ]);
  },

  InvitationAccepted: answered(true),
  InvitationDeclined: answered(false),

  // The expert alone: their dates are free; why, by what happened (the officer's reason is not carried).
  InvitationWithdrawn: async ({ id, payload }, directory) => {
    const { expert, activity } = await directory.expert(payload.expertId, payload.activityId, id);
    const which = theActivity(activity);
    const why = WITHDRAWN_BECAUSE[payload.reason];
    return once([
      to(expert, 'expert', {
        EN: {
          subject: 'MIEUX+: your invitation to an activity is withdrawn',
          paragraphs: [`Your invitation to ${which.EN} is withdrawn: ${why.EN}.`, RELEASED.EN],
        },
        FR: {
          subject: 'MIEUX+ : votre invitation sur une activité est retirée',
          paragraphs: [`Votre invitation à ${which.FR} est retirée : ${why.FR}.`, RELEASED.FR],
        },
      }),
    ]);
  },

  // The expert: the invitation lapsed and their dates are free. The officer in charge: nobody answered,
  // another expert can be invited (no officer assigned, or none with an e-mail, is nobody to write to).
  InvitationExpired: async ({ id, payload }, directory) => {
    const expert = await directory.expertPerson(payload.expertId, id);
    const activity = await directory.activityOfficer(payload.activityId, id);
    const which = theActivity(activity);
    const by = deadline(payload.expiresAt);
    const who = expertCalled(expert);
    return once([
      to(expert, 'expert', {
        EN: {
          subject: 'MIEUX+: your invitation to an activity has expired',
          paragraphs: [`Your invitation to ${which.EN} expired on ${by} without an answer.`, RELEASED.EN],
        },
        FR: {
          subject: 'MIEUX+ : votre invitation sur une activité a expiré',
          paragraphs: [`Votre invitation à ${which.FR} a expiré le ${by} sans réponse.`, RELEASED.FR],
        },
      }),
      activity &&
        to(activity.officer, 'officer', {
          EN: {
            subject: `MIEUX+: invitation unanswered on ${activity.actionReference}`,
            paragraphs: [
              `${who.EN} did not answer the invitation to “${activity.title}” (${activity.actionReference}) by ${by}: it has expired and the dates are free again.`,
              'Another expert can be invited on the MIEUX+ portal.',
            ],
          },
          FR: {
            subject: `MIEUX+ : invitation sans réponse sur ${activity.actionReference}`,
            paragraphs: [
              `${who.FR} n’a pas répondu à l’invitation à « ${activity.title} » (${activity.actionReference}) avant le ${by} : elle a expiré et les dates sont libres à nouveau.`,
              'Un autre expert peut être invité sur le portail MIEUX+.',
            ],
          },
        }),
    ]);
  },
};

/**
 * The officer in charge of the invitation's Action told of the expert's answer. No officer assigned, or
 * none with an e-mail recorded, is nobody to write to: the answer stays on the activity's invitations.
 */
function answered(accepted: boolean): Notice<'InvitationAccepted' | 'InvitationDeclined'> {
  return async ({ id, payload }, directory) => {
    const activity = await directory.activityOfficer(payload.activityId, id);
    if (!activity?.officer) return [];
    const expert = await directory.expertPerson(payload.expertId, id);
    const { title, actionReference: ref } = activity;
    const who = expertCalled(expert);
    return once([
      to(activity.officer, 'officer', {
        EN: accepted
          ? {
              subject: `MIEUX+: invitation accepted on ${ref}`,
              paragraphs: [`${who.EN} accepted the invitation to “${title}” (${ref}): the deployment is made, on the invitation’s dates.`],
            }
          : {
              subject: `MIEUX+: invitation declined on ${ref}`,
              paragraphs: [
                `${who.EN} declined the invitation to “${title}” (${ref}): the dates are free again.`,
                'A reason, when given, is with the activity’s invitations on the MIEUX+ portal; another expert can be invited.',
              ],
            },
        FR: accepted
          ? {
              subject: `MIEUX+ : invitation acceptée sur ${ref}`,
              paragraphs: [`${who.FR} a accepté l’invitation à « ${title} » (${ref}) : le déploiement est fait, aux dates de l’invitation.`],
            }
          : {
              subject: `MIEUX+ : invitation déclinée sur ${ref}`,
              paragraphs: [
                `${who.FR} a décliné l’invitation à « ${title} » (${ref}) : les dates sont libres à nouveau.`,
                'La raison, si elle a été donnée, figure avec les invitations de l’activité sur le portail MIEUX+ ; un autre expert peut être invité.',
              ],
            },
      }),
    ]);
  };
}
