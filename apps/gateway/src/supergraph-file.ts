import { readFile } from 'node:fs/promises';
import { unwatchFile, watchFile } from 'node:fs';
import type { SupergraphManager } from '@apollo/gateway';
import type { Logger } from '@mieux/service-kit/logger';

const POLL_MS = 1000;

/**
 * Serves the supergraph from a file and hands every change to the gateway without a restart
 * (a new composition, a ConfigMap update). A file that does not compose is logged and ignored:
 * the gateway keeps serving the last good supergraph.
 */
export function supergraphFromFile(path: string, logger: Logger): SupergraphManager {
  return {
    async initialize({ update }) {
      let current = await readFile(path, 'utf8');
      watchFile(path, { interval: POLL_MS }, () => {
        readFile(path, 'utf8').then(
          (next) => {
            if (next === current) return;
            try {
              update(next);
              current = next;
              logger.info({ path }, 'supergraph reloaded');
            } catch (error) {
              logger.error({ err: error, path }, 'new supergraph refused; keeping the previous one');
            }
          },
          (error: unknown) => logger.error({ err: error, path }, 'cannot read the supergraph file'),
        );
      });
      return { supergraphSdl: current, cleanup: async () => unwatchFile(path) };
    },
  };
}
