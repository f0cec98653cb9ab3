import { activityDraftsOf } from './activities';

describe('the fiche becomes the plan', () => {
  it('turns planned activities into typed, titled drafts in the order of the fiche', () => {
    expect(
      activityDraftsOf([
        { type: 'INFORMATION_EXCHANGE', count: 1 },
        { type: 'TRAINING', count: 2 },
      ]),
    ).toEqual([
      { type: 'INFORMATION_EXCHANGE', title: 'Information exchange 1 of 1', position: 0 },
      { type: 'TRAINING', title: 'Training 1 of 2', position: 1 },
      { type: 'TRAINING', title: 'Training 2 of 2', position: 2 },
    ]);
  });

  it('makes nothing of unknown types or counts below one', () => {
    expect(
      activityDraftsOf([
        { type: 'PICNIC', count: 3 },
        { type: 'POLICY_WORK', count: -1 },
      ]),
    ).toEqual([]);
  });
});
