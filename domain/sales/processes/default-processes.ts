import fs from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { deployProcess, ProcessDefinitionSchema } from '../../processes/index.ts';

/** The Sales processes shipped with the product; process owners change them in the designer. */
export const defaultSalesProcesses = [
  { key: 'sales', file: 'sales.bpmn' },
  { key: 'sales-pipeline', file: 'sales-pipeline.bpmn' },
  // Watches one planned shipment: its timer escalates when the planned time passes unshipped.
  { key: 'sales-shipment', file: 'sales-shipment.bpmn' },
] as const;

export const defaultProcessXml = (file: string) => fs.readFileSync(new URL(file, import.meta.url), 'utf8');

/**
 * Deploys each default Sales process whose key is not deployed yet (at setup and seed). A key
 * a process owner already deployed is left as they made it.
 */
export async function ensureDefaultSalesProcesses(em: EntityManager, deployedBy: number): Promise<string[]> {
  const deployed: string[] = [];
  for (const p of defaultSalesProcesses) {
    if (await em.findOne(ProcessDefinitionSchema, { key: p.key })) continue;
    await deployProcess(em, { key: p.key, xml: defaultProcessXml(p.file), deployedBy });
    deployed.push(p.key);
  }
  return deployed;
}
