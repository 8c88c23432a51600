/**
 * The compiled form of one deployed BPMN process: what the interpreter workflow runs.
 * Plain JSON types only: deterministic workflow code imports these with `import type`.
 */

/** A FEEL expression (without the leading `=`) or a literal string, as the modeller wrote it. */
export type Value = { feel: string } | { literal: string };

export interface Mapping {
  /** FEEL expression producing the value. */
  source: string;
  /** Variable name (dots allowed for nested targets). */
  target: string;
}

export type TimerDefinition =
  | { kind: 'duration'; value: Value }
  | { kind: 'date'; value: Value }
  | { kind: 'cycle'; value: Value };

export interface Stage {
  name: string;
  winProbability?: number;
}

interface NodeBase {
  id: string;
  name?: string;
  incoming: string[];
  outgoing: string[];
  /** Id of the enclosing embedded sub-process, or null at process level. */
  scope: string | null;
  /** Boundary events attached to this activity. */
  boundary: string[];
  stage?: Stage;
}

export interface StartEventNode extends NodeBase {
  type: 'startEvent';
  trigger: { kind: 'none' } | { kind: 'message'; messageName: string } | { kind: 'timer'; timer: TimerDefinition };
  /** What the person starting the process fills in (none start events only); its values become the start variables. */
  form?: { formId?: string; formKey?: string; externalReference?: string; schema?: string };
}

export interface EndEventNode extends NodeBase {
  type: 'endEvent';
  result: { kind: 'none' } | { kind: 'terminate' } | { kind: 'error'; errorCode?: string };
}

export type AssignmentRule = 'claim' | 'roundRobin' | 'leastLoaded';

export interface UserTaskNode extends NodeBase {
  type: 'userTask';
  assignee?: Value;
  candidateUsers?: Value;
  candidateGroups?: Value;
  assignmentRule: AssignmentRule;
  dueDate?: Value;
  followUpDate?: Value;
  priority?: Value;
  form?: { formId?: string; formKey?: string; externalReference?: string; schema?: string };
  calendar?: string;
  headers: Record<string, string>;
  inputs: Mapping[];
  outputs: Mapping[];
}

export interface ServiceTaskNode extends NodeBase {
  type: 'serviceTask' | 'sendTask';
  taskType: Value;
  retries: number;
  headers: Record<string, string>;
  inputs: Mapping[];
  outputs: Mapping[];
}

export interface ScriptTaskNode extends NodeBase {
  type: 'scriptTask';
  expression: string;
  resultVariable?: string;
  inputs: Mapping[];
  outputs: Mapping[];
}

export interface GatewayNode extends NodeBase {
  type: 'exclusiveGateway' | 'inclusiveGateway' | 'parallelGateway' | 'eventBasedGateway';
  defaultFlow?: string;
}

export interface CatchEventNode extends NodeBase {
  type: 'intermediateCatchEvent';
  trigger: { kind: 'timer'; timer: TimerDefinition } | { kind: 'message'; messageName: string; correlationKey: string };
}

export interface BoundaryEventNode extends NodeBase {
  type: 'boundaryEvent';
  attachedTo: string;
  interrupting: boolean;
  trigger:
    | { kind: 'timer'; timer: TimerDefinition }
    | { kind: 'message'; messageName: string; correlationKey: string }
    | { kind: 'error'; errorCode?: string };
}

export interface SubProcessNode extends NodeBase {
  type: 'subProcess';
  startEvent: string;
  inputs: Mapping[];
  outputs: Mapping[];
}

export interface CallActivityNode extends NodeBase {
  type: 'callActivity';
  calledProcess: Value;
  /** `latest`: the called key's active version at call time; `versionTag`: pinned by tag. */
  binding: { kind: 'latest' } | { kind: 'versionTag'; tag: string };
  propagateAllChildVariables: boolean;
  inputs: Mapping[];
  outputs: Mapping[];
}

/** Undefined and manual tasks, none throw events: the token passes straight through. */
export interface PassThroughNode extends NodeBase {
  type: 'passThrough';
  bpmnType: string;
}

export type CompiledNode =
  | PassThroughNode
  | StartEventNode
  | EndEventNode
  | UserTaskNode
  | ServiceTaskNode
  | ScriptTaskNode
  | GatewayNode
  | CatchEventNode
  | BoundaryEventNode
  | SubProcessNode
  | CallActivityNode;

export interface SequenceFlow {
  id: string;
  source: string;
  target: string;
  /** FEEL condition (without `=`); absent means unconditional. */
  condition?: string;
}

export interface CompiledProcess {
  formatVersion: 1;
  processId: string;
  name?: string;
  versionTag?: string;
  /** Business calendar for timers and due dates (crm:calendar on the process). */
  calendar?: string;
  startEvents: {
    none?: string;
    messages: { messageName: string; nodeId: string }[];
    timers: { timer: TimerDefinition; nodeId: string }[];
  };
  nodes: Record<string, CompiledNode>;
  flows: Record<string, SequenceFlow>;
}

/** Why a model element is refused (or warned about), in the process owner's words. */
export interface ModelProblem {
  elementId: string;
  elementType: string;
  name?: string;
  reason: string;
  rule?: string;
  /** Set when the reason carries values: its code (see reasons.ts) and those values. */
  reasonCode?: string;
  values?: Record<string, string | number>;
}
