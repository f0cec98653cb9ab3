import { activityName, once, roleName, to, type Notices } from '../letter/letter.templates';

/** An Action begun, told to its partners; an expert deployed on one of its activities, told to the expert. */
export const ACTION_NOTICES: Notices = {
  ActionCreated: async ({ id, payload }, directory) => {
    const request = await directory.request(payload.requestId, id);
    if (!request) return [];
    const action = payload.reference;
    const letter = {
      EN: {
        subject: `MIEUX+: your Action ${action} has begun`,
        paragraphs: [
          `The Action ${action} was created from your request “${request.title}” (${request.reference}).`,
          'Sign in to the MIEUX+ portal as your institution to follow its activities, experts and results.',
        ],
      },
      FR: {
        subject: `MIEUX+ : votre Action ${action} a commencé`,
        paragraphs: [
          `L’Action ${action} a été créée à partir de votre demande « ${request.title} » (${request.reference}).`,
          'Connectez-vous au portail MIEUX+ au nom de votre institution pour suivre ses activités, ses experts et ses résultats.',
        ],
      },
    };
    // The institution's focal points when it is linked; the request's contact otherwise.
    const partners = request.partners.length > 0 ? request.partners : request.contact ? [request.contact] : [];
    return once(partners.map((person) => to(person, 'partner', letter)));
  },

  ExpertDeployed: async ({ id, payload }, directory) => {
    const { expert, activity } = await directory.expert(payload.expertId, payload.activityId, id);
    const role = roleName(payload.role);
    const what = activityName(activity?.title);
    return once([
      to(expert, 'expert', {
        EN: {
          subject: 'MIEUX+: you are deployed on an activity',
          paragraphs: [
            `You are deployed as ${role.EN} on ${what.EN}, from ${payload.startsOn} to ${payload.endsOn}.`,
            'The project officer in charge will contact you with the details; your deployments are in your space on the MIEUX+ portal.',
          ],
        },
        FR: {
          subject: 'MIEUX+ : vous êtes déployé(e) sur une activité',
          paragraphs: [
            `Vous êtes déployé(e) comme ${role.FR} sur ${what.FR}, du ${payload.startsOn} au ${payload.endsOn}.`,
            'Le chargé de projet responsable vous contactera avec les détails ; vos déploiements sont dans votre espace du portail MIEUX+.',
          ],
        },
      }),
    ]);
  },
};
