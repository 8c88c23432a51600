import { CrmPropertiesProvider } from './CrmPropertiesProvider';

/** bpmn-js module: the CRM group of the properties panel (crm: attributes the server reads). */
export default {
  __init__: ['crmPropertiesProvider'],
  crmPropertiesProvider: ['type', CrmPropertiesProvider],
};
