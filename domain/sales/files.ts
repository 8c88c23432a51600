import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { StoredFileSchema, type StoredFile } from './documents.entities.ts';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function storeFile(em: EntityManager, file: { fileName: string; mediaType: string; content: Buffer }): StoredFile {
  return em.create(StoredFileSchema, {
    id: randomUUID(),
    fileName: file.fileName,
    mediaType: file.mediaType,
    size: file.content.length,
    sha256: createHash('sha256').update(file.content).digest('hex'),
    content: file.content,
  });
}

export async function loadFile(em: EntityManager, id: string): Promise<StoredFile | null> {
  return em.findOne(StoredFileSchema, { id }, { populate: ['content'] });
}
