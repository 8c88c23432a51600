import Docxtemplater, { type DXT } from 'docxtemplater';
import inspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';
import { DomainError } from '../errors.ts';

interface TemplateErrorLike {
  properties?: { errors?: { message: string; properties?: { explanation?: string; id?: string; xtag?: string } }[]; explanation?: string };
  message: string;
}

/** Opens a DOCX and compiles its tags; a file that is not a DOCX or has broken tags is a 422. */
function compile(content: Buffer, modules: DXT.Module[] = []): Docxtemplater {
  let zip: PizZip;
  try {
    zip = new PizZip(content);
  } catch {
    throw new DomainError('template.not_docx', 'The file is not a DOCX (ZIP) document', 422, ['file']);
  }
  if (!zip.file('word/document.xml')) throw new DomainError('template.not_docx', 'The file is not a Word document (word/document.xml missing)', 422, ['file']);
  try {
    return new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true, modules, nullGetter: () => '', errorLogging: false });
  } catch (err) {
    const e = err as TemplateErrorLike;
    const list = e.properties?.errors ?? [{ message: e.message, properties: { explanation: e.properties?.explanation } }];
    throw new DomainError(
      'template.syntax',
      'The template has broken placeholders',
      422,
      list.map((x) => ({ field: 'file', code: x.properties?.id ?? 'template.syntax', message: x.properties?.explanation ?? x.message, params: x.properties?.xtag ? { tag: x.properties.xtag } : undefined })),
    );
  }
}

/** The tag tree of a template: `{ number: {}, lines: { name: {}, qty: {} } }`. */
export function inspectTemplate(content: Buffer): Record<string, unknown> {
  // The CommonJS export is a factory; its typings describe a class.
  const inspect = (inspectModule as unknown as () => DXT.Module & { getAllTags(): Record<string, unknown> })();
  compile(content, [inspect]);
  return inspect.getAllTags();
}

/** Fills a template with data; returns the DOCX bytes. */
export function renderDocx(template: Buffer, data: Record<string, unknown>): Buffer {
  const doc = compile(template);
  doc.render(data);
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' }) as Buffer;
}
