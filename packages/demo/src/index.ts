export * from './portfolio';
export { CLOSING, FACTSHEET } from './figures';
export { DEMO_SEED, generateDemoPortfolio } from './generate';
export { DEMO_PROJECT_OFFICERS, demoCoordinatorOf } from './officers';
