import * as migration_20261125_172051_initial from './20261125_172051_initial';

export const migrations = [
  {
    up: migration_20261125_172051_initial.up,
    down: migration_20261125_172051_initial.down,
    name: '20261125_172051_initial'
  },
];
