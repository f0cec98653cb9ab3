import { endsWithConsent } from '@mieux/domain';
import type { BookedWithoutConsent } from './activity.repository';

/** Of the bookings of experts without consent, those the withdrawal must end (the domain's rule: not yet begun). */
export function toBeEnded(booked: readonly BookedWithoutConsent[], today: string): BookedWithoutConsent[] {
  return booked.filter((deployment) => endsWithConsent({ status: 'ACTIVE', startsOn: deployment.startsOn }, today));
}
