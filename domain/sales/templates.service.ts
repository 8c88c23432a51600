import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../errors.ts';
import { inspectTemplate } from './docx.ts';
import { DocumentTemplateSchema, type DocumentTemplate } from './documents.entities.ts';
import { DOCX_TYPE, storeFile } from './files.ts';
import { placeholderList, unknownPlaceholders, type DocumentType } from './template-fields.ts';

export const TEMPLATE_MAX_BYTES = 1024 * 1024;

/**
 * Stores a DOCX template for a document type after checking every placeholder against the
 * type's data model; unknown ones are refused, each named (`lines.colour`).
 */
export async function uploadTemplate(
  em: EntityManager,
  input: { docType: DocumentType; name: string; fileName: string; content: Buffer; uploadedBy: number },
): Promise<DocumentTemplate> {
  if (input.content.length > TEMPLATE_MAX_BYTES) {
    throw new DomainError('template.too_large', `A template may be at most ${TEMPLATE_MAX_BYTES} bytes`, 413, [{ field: 'file', code: 'too_big', message: 'File too large', params: { maximum: TEMPLATE_MAX_BYTES } }]);
  }
  const tags = inspectTemplate(input.content);
  const unknown = unknownPlaceholders(input.docType, tags);
  if (unknown.length) {
    throw new DomainError(
      'template.unknown_placeholder',
      `Unknown placeholder(s) for ${input.docType}: ${unknown.join(', ')}`,
      422,
      unknown.map((name) => ({ field: 'file', code: 'template.unknown_placeholder', message: `Unknown placeholder {${name}}`, params: { placeholder: name } })),
    );
  }
  return em.transactional(async (tx) => {
    // The file row goes first: the template references it by id, not as an ORM relation.
    const file = storeFile(tx, { fileName: input.fileName, mediaType: DOCX_TYPE, content: input.content });
    await tx.flush();
    return tx.create(DocumentTemplateSchema, {
    docType: input.docType,
    name: input.name,
    fileId: file.id,
    placeholders: placeholderList(tags),
    active: true,
    uploadedBy: input.uploadedBy,
    });
  });
}

/** The template to use: the one asked for, else the newest active one of the type. */
export async function templateFor(em: EntityManager, docType: string, templateId?: number): Promise<DocumentTemplate> {
  const template = templateId
    ? await em.findOne(DocumentTemplateSchema, { id: templateId, docType })
    : await em.findOne(DocumentTemplateSchema, { docType, active: true }, { orderBy: { id: 'desc' } });
  if (!template) throw new DomainError('document.no_template', `No ${docType} template uploaded yet`, 422, ['templateId']);
  return template;
}
