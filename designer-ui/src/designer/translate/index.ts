import { translate } from './translate';

/** Overrides diagram-js' `translate` service (a didi module), as bpmn-js documents for localisation. */
export default {
  translate: ['value', translate],
};
