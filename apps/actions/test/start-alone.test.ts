import { join } from 'node:path';
import { describeStartingAlone } from '@mieux/service-kit/testing';

describeStartingAlone('actions', join(__dirname, '..', 'dist', 'main.js'));
