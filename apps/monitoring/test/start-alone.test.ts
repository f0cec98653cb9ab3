import { join } from 'node:path';
import { describeStartingAlone } from '@mieux/service-kit/testing';

describeStartingAlone('monitoring', join(__dirname, '..', 'dist', 'main.js'));
