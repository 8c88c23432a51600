import lintModule from 'bpmn-js-bpmnlint';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import eventBasedGateway from 'bpmnlint/rules/event-based-gateway';
import fakeJoin from 'bpmnlint/rules/fake-join';
import labelRequired from 'bpmnlint/rules/label-required';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import subProcessBlankStartEvent from 'bpmnlint/rules/sub-process-blank-start-event';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway';
// The server's rule set: what is an error here is what deploy refuses.
import rules from '../../../domain/processes/model/lint-rules.json';

const ruleCode: Record<string, unknown> = {
  'end-event-required': endEventRequired,
  'event-based-gateway': eventBasedGateway,
  'fake-join': fakeJoin,
  'label-required': labelRequired,
  'no-disconnected': noDisconnected,
  'no-duplicate-sequence-flows': noDuplicateSequenceFlows,
  'no-implicit-split': noImplicitSplit,
  'single-blank-start-event': singleBlankStartEvent,
  'start-event-required': startEventRequired,
  'sub-process-blank-start-event': subProcessBlankStartEvent,
  'superfluous-gateway': superfluousGateway,
};

/** Hands bpmnlint the rules bundled above (the browser cannot look them up in node_modules). */
const resolver = {
  resolveRule(pkg: string, name: string) {
    const rule = pkg === 'bpmnlint' ? ruleCode[name] : undefined;
    if (!rule) throw new Error(`The designer does not bundle the lint rule ${pkg}/${name}`);
    return rule;
  },
  resolveConfig(pkg: string, name: string): never {
    throw new Error(`The designer does not bundle the lint config ${pkg}/${name}`);
  },
};

export const lintingModule = lintModule;

/** Lint as you draw, with the server's rules; the issues button sits at the canvas's bottom left. */
export const lintingConfig = { bpmnlint: { config: { rules }, resolver }, active: true };
