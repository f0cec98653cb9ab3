import { join } from 'node:path';
import { describeStartingAlone } from '@mieux/service-kit/testing';

describeStartingAlone('notifier', join(__dirname, '..', 'dist', 'main.js'));
