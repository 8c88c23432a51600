import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { CompiledProcess, ModelProblem } from '../model/index.ts';

/** One deployed version: the XML as drawn and the graph the interpreter runs. Never changed. */
export const ProcessVersionSchema = defineEntity({
  name: 'ProcessVersion',
  tableName: 'process_version',
  uniques: [{ properties: ['definitionKey', 'number'] }, { properties: ['definitionKey', 'checksum'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    definitionKey: p.string().length(64).index(),
    number: p.integer(),
    name: p.string().length(300),
    bpmnProcessId: p.string().length(255),
    xml: p.text().lazy(),
    graph: p.json<CompiledProcess>().lazy(),
    warnings: p.json<ModelProblem[]>(),
    /** sha-256 of the XML with normalised line ends: the same model deployed twice is one version. */
    checksum: p.string().length(64),
    deployedBy: p.integer(),
    deployedAt: p.datetime().onCreate(() => new Date()),
  },
});

export type ProcessVersion = InferEntity<typeof ProcessVersionSchema>;
