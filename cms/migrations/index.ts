import * as migration_20261125_172051_initial from './20261125_172051_initial';
import * as migration_20261125_173935_unified_number from './20261125_173935_unified_number';

export const migrations = [
  {
    up: migration_20261125_172051_initial.up,
    down: migration_20261125_172051_initial.down,
    name: '20261125_172051_initial',
  },
  {
    up: migration_20261125_173935_unified_number.up,
    down: migration_20261125_173935_unified_number.down,
    name: '20261125_173935_unified_number'
  },
];
