import { TaskFormPropertiesProvider } from './TaskFormPropertiesProvider';

/** bpmn-js module: the task form entry of the properties panel (the editor itself is TaskFormEditor). */
export default {
  __init__: ['taskFormPropertiesProvider'],
  taskFormPropertiesProvider: ['type', TaskFormPropertiesProvider],
};
