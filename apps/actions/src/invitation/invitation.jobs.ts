import { periodicJob, type Logger, type ServiceConfig, type ServiceDataSource, type WorkerPart } from '@mieux/service-kit';
import { InvitationRepository } from './invitation.repository';

/**
 * The service's own sweep of the invitations fallen due, every INVITATION_SWEEP_SECONDS (none at 0): it
 * writes their expiries with their events (`expireDue`, as `expireInvitations` does), so those listening
 * (the notifier, the portfolio) hear of them without anyone asking. Every replica sweeps: each expiry is a
 * compare-and-set, written once with one event, whichever replica comes to it first.
 */
export function invitationSweep({ config, logger, database }: { config: ServiceConfig; logger: Logger; database: ServiceDataSource }): WorkerPart[] {
  if (config.invitationSweepSeconds === 0) return [];
  const invitations = new InvitationRepository(database.dataSource);
  const log = logger.child({ job: 'invitation-sweep' });
  return [
    periodicJob({
      name: 'invitation-sweep',
      everyMs: config.invitationSweepSeconds * 1000,
      logger: log,
      run: async () => {
        const expired = await invitations.expireDue(new Date());
        if (expired.length > 0) log.info({ expired: expired.length }, 'invitations expired without an answer');
      },
    }),
  ];
}
