import { actionSliceValues, activitySliceValues, slicesRequests } from './portfolio-counting';
import { PORTFOLIO_DIMENSIONS } from './portfolio-filter';

const action = {
  beneficiaryCode: 'GH',
  region: 'AFRICA',
  approvedOn: '2016-11-30',
  thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY', 'MIGRATION_AND_DEVELOPMENT'],
};
const training = { type: 'TRAINING', startsOn: '2017-02-01' };
const workshop = { type: 'INFORMATION_EXCHANGE', startsOn: '2017-03-01' };

describe('portfolio slices', () => {
  it('count an Action under each of its thematic areas, its region and its beneficiary, and its activities with it', () => {
    expect(actionSliceValues('THEMATIC_AREA', action, [])).toEqual(['LEGAL_MIGRATION_AND_MOBILITY', 'MIGRATION_AND_DEVELOPMENT']);
    expect(activitySliceValues('THEMATIC_AREA', training, action)).toEqual(['LEGAL_MIGRATION_AND_MOBILITY', 'MIGRATION_AND_DEVELOPMENT']);
    expect(actionSliceValues('REGION', action, [])).toEqual(['AFRICA']);
    expect(actionSliceValues('REGION', { ...action, region: null }, [])).toEqual([]);
    expect(activitySliceValues('COUNTRY', training, action)).toEqual(['GH']);
  });

  it('count an Action by its year of approval and an activity by the year it is held', () => {
    expect(actionSliceValues('YEAR', action, [training])).toEqual(['2016']);
    expect(activitySliceValues('YEAR', training, action)).toEqual(['2017']);
  });

  it('count an activity under its type and an Action under each type of its activities', () => {
    expect(activitySliceValues('ACTIVITY_TYPE', training, action)).toEqual(['TRAINING']);
    expect(actionSliceValues('ACTIVITY_TYPE', action, [training, workshop, training])).toEqual(['TRAINING', 'INFORMATION_EXCHANGE']);
    expect(actionSliceValues('ACTIVITY_TYPE', action, [])).toEqual([]);
  });
});

describe('requests in slices', () => {
  it('are sliced along every dimension but the activity type', () => {
    expect(PORTFOLIO_DIMENSIONS.filter(slicesRequests)).toEqual(['THEMATIC_AREA', 'REGION', 'YEAR', 'COUNTRY']);
  });
});
