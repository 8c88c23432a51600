import { UnsupportedGroupsFilter } from './UnsupportedGroupsFilter';

/** bpmn-js module: keeps the panel to what the engine runs. */
export default {
  __init__: ['unsupportedGroupsFilter'],
  unsupportedGroupsFilter: ['type', UnsupportedGroupsFilter],
};
