import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../errors.ts';
import { compileProcess, type ModelProblem } from '../model/index.ts';
import { ProcessDefinitionSchema, type ProcessDefinition } from './process-definition.entity.ts';
import { ProcessVersionSchema, type ProcessVersion } from './process-version.entity.ts';

export interface DeployRequest {
  key: string;
  xml: string;
  deployedBy: number;
  /** Make the new version the one new instances start with (default true). */
  activate?: boolean;
}

export interface DeployResult {
  created: boolean;
  definition: ProcessDefinition;
  version: ProcessVersion;
}

/** Every offending element of a refused model, each as a field error on the XML. */
export function modelRefused(problems: ModelProblem[]): DomainError {
  return new DomainError(
    'process.model_refused',
    `The model was refused: ${problems.length} problem(s)`,
    422,
    problems.map((p) => ({
      field: 'xml',
      code: p.rule ? `model.${p.rule}` : 'model.invalid',
      message: p.reason,
      // reasonCode and values let a client say the reason in its user's language; message stays English.
      params: { elementId: p.elementId, elementType: p.elementType, ...(p.name ? { name: p.name } : {}), ...(p.reasonCode ? { reasonCode: p.reasonCode, values: p.values ?? {} } : {}) },
    })),
  );
}

export function modelChecksum(xml: string): string {
  return createHash('sha256').update(xml.replace(/\r\n?/g, '\n').trim()).digest('hex');
}

/**
 * Parses, lints, checks and compiles the model, then stores it as the next immutable
 * version of its key. The same XML deployed again returns the existing version.
 */
export async function deployProcess(em: EntityManager, req: DeployRequest): Promise<DeployResult> {
  const compiled = await compileProcess(req.xml);
  if (!compiled.ok) throw modelRefused(compiled.problems);
  const checksum = modelChecksum(req.xml);
  return em.transactional(async (tx) => {
    // Serialises deploys of one key so version numbers never collide.
    await tx.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [`process:${req.key}`], 'run', tx.getTransactionContext());
    const existing = await tx.findOne(ProcessVersionSchema, { definitionKey: req.key, checksum });
    const found = await tx.findOne(ProcessDefinitionSchema, { key: req.key });
    if (existing && found) return { created: false, definition: found, version: existing };

    const number = (found?.latestVersion ?? 0) + 1;
    const name = compiled.graph.name || req.key;
    const definition = found ?? tx.create(ProcessDefinitionSchema, { key: req.key, name, latestVersion: number, activeVersion: null });
    definition.latestVersion = number;
    definition.name = name;
    if (req.activate !== false || definition.activeVersion === null) definition.activeVersion = number;
    const version = tx.create(ProcessVersionSchema, {
      definitionKey: req.key,
      number,
      name,
      bpmnProcessId: compiled.graph.processId,
      xml: req.xml,
      graph: compiled.graph,
      warnings: compiled.warnings,
      checksum,
      deployedBy: req.deployedBy,
    });
    await tx.flush();
    return { created: true, definition, version };
  });
}
