export { nodeStatistics, type NodeStatistics, type StatisticsSlice } from './node-statistics.ts';
export { sliceUsers, type SliceRequest } from './slice-users.ts';
