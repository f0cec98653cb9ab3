import { askOwner, type Identity, type OwnerQuery, type ServiceConfig } from '@mieux/service-kit';

export type Language = 'EN' | 'FR';

/** Someone to write to, as the owner of their data answers: never kept by the notifier. */
export interface Person {
  name: string;
  email: string;
  language: Language;
}

/** A request as the notifier writes about it, with the people around it. */
export interface RequestFacts {
  reference: string;
  title: string;
  contact: Person | null;
  officer: Person | null;
  /** The focal points of the partner institutions linked to it. */
  partners: Person[];
}

/** An activity as a letter names it: its title and dates. */
export interface ActivityDates {
  title: string;
  startsOn: string;
  endsOn: string;
}

export interface ExpertFacts {
  expert: Person | null;
  /** Null when the actions service no longer knows the activity. */
  activity: ActivityDates | null;
}

/** An activity as the officer in charge of its Action reads about it, with that officer. */
export interface ActivityFacts extends ActivityDates {
  actionReference: string;
  /** The project officer in charge of the Action, null when none is assigned or none has an e-mail recorded. */
  officer: Person | null;
}

/**
 * How the notifier reads it: as a service of the graph (its subject says so in the owners' logs) with the
 * project officers' reading rights, since the people to write to are personal data only they read. It only
 * reads; it holds the graph's secret as every service does, so it is trusted no more than they are.
 */
export const NOTIFIER_IDENTITY: Identity = Object.freeze({
  sub: 'service:notifier',
  roles: Object.freeze(['PROJECT_OFFICER'] as const),
  expertId: null,
  org: null,
});

const PERSON = 'name: displayName email language';
const CONTACT = 'name email language';
const REQUEST = `query NotifierRequest($id: ID!) {
  request(id: $id) { reference title contact { ${CONTACT} } assignedOfficer { ${PERSON} } partners { contacts { ${CONTACT} } } }
}`;
const EXPERT = `query NotifierExpert($id: ID!) { expert(id: $id) { name: displayName email languages erased } }`;
const ACTIVITY = `query NotifierActivity($id: ID!) { activity(id: $id) { title startsOn endsOn } }`;
const ACTIVITY_OFFICER = `query NotifierActivityOfficer($id: ID!) { activity(id: $id) { title startsOn endsOn action { reference assignedOfficer { id } } } }`;
const OFFICER = `query NotifierOfficer($id: ID!) { projectOfficer(id: $id) { ${PERSON} } }`;

interface Answered {
  name: string | null;
  email: string | null;
  language?: string | null;
}

function personOf(answer: Answered | null | undefined, language?: Language): Person | null {
  if (!answer?.email) return null;
  return { name: answer.name ?? '', email: answer.email, language: language ?? (answer.language === 'FR' ? 'FR' : 'EN') };
}

/** The language an expert reads: the first of theirs the notifier writes (English unless French comes first). */
export function expertLanguage(languages: readonly string[] | null | undefined): Language {
  const first = (languages ?? []).map((code) => code.toLowerCase()).find((code) => code === 'en' || code === 'fr');
  return first === 'fr' ? 'FR' : 'EN';
}

/**
 * Who to write to, asked of the service that owns them at the moment of writing (`askOwner`): events
 * carry no personal data, and a copy kept here would go stale and escape erasure. An owner that cannot
 * answer fails the event, which comes again later.
 */
export class RecipientDirectory {
  constructor(private readonly config: ServiceConfig) {}

  /** One owner's answer; `eventId` names the call in the owner's logs (its request id). */
  private ask<T>(owner: OwnerQuery, eventId: string): Promise<T | null> {
    return askOwner<T>({ identity: NOTIFIER_IDENTITY, requestId: eventId }, this.config, owner);
  }

  async request(requestId: string, eventId: string): Promise<RequestFacts | null> {
    const answer = await this.ask<{
      reference: string;
      title: string;
      contact: Answered | null;
      assignedOfficer: Answered | null;
      partners: { contacts: Answered[] | null }[];
    }>({ service: 'requests', query: REQUEST, variables: { id: requestId } }, eventId);
    if (!answer) return null;
    return {
      reference: answer.reference,
      title: answer.title,
      contact: personOf(answer.contact),
      officer: personOf(answer.assignedOfficer),
      partners: answer.partners.flatMap((partner) => (partner.contacts ?? []).map((contact) => personOf(contact))).filter((p): p is Person => p !== null),
    };
  }

  async expert(expertId: string, activityId: string, eventId: string): Promise<ExpertFacts> {
    const expert = await this.expertPerson(expertId, eventId);
    if (!expert) return { expert: null, activity: null };
    const activity = await this.ask<ActivityDates>({ service: 'actions', query: ACTIVITY, variables: { id: activityId } }, eventId);
    return { expert, activity };
  }

  /** An expert of the roster, in the language they read first; null when unknown or erased. */
  async expertPerson(expertId: string, eventId: string): Promise<Person | null> {
    const answer = await this.ask<Answered & { languages: string[] | null; erased: boolean }>(
      { service: 'experts', query: EXPERT, variables: { id: expertId } },
      eventId,
    );
    return !answer || answer.erased ? null : personOf(answer, expertLanguage(answer.languages));
  }

  /**
   * An activity and the project officer in charge of its Action: the Action's `assignedOfficer` is only an
   * id in the actions service, so the officer's name, e-mail and language are asked of requests, who keeps them.
   */
  async activityOfficer(activityId: string, eventId: string): Promise<ActivityFacts | null> {
    const activity = await this.ask<ActivityDates & { action: { reference: string; assignedOfficer: { id: string } | null } }>(
      { service: 'actions', query: ACTIVITY_OFFICER, variables: { id: activityId } },
      eventId,
    );
    if (!activity) return null;
    const officerId = activity.action.assignedOfficer?.id;
    const officer = officerId ? await this.ask<Answered>({ service: 'requests', query: OFFICER, variables: { id: officerId } }, eventId) : null;
    const { title, startsOn, endsOn } = activity;
    return { title, startsOn, endsOn, actionReference: activity.action.reference, officer: personOf(officer) };
  }
}
