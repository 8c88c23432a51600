import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DomainError } from '../errors.ts';

/** LibreOffice's command; `SOFFICE` overrides it (e.g. /opt/libreoffice/program/soffice). */
const soffice = () => process.env.SOFFICE ?? 'soffice';

/**
 * DOCX → PDF with LibreOffice in headless mode. Each call gets its own profile directory:
 * two conversions sharing one profile block each other. A machine without LibreOffice
 * answers 503 with what to install.
 */
export async function convertToPdf(docx: Buffer): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'crm-pdf-'));
  try {
    const input = path.join(dir, 'document.docx');
    await fs.writeFile(input, docx);
    const profile = `file://${path.join(dir, `profile-${randomUUID()}`)}`;
    await new Promise<void>((resolve, reject) =>
      execFile(
        soffice(),
        [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input],
        { timeout: 120_000 },
        (err) => (err ? reject(err) : resolve()),
      ),
    ).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') {
        throw new DomainError('pdf.unavailable', 'PDF needs LibreOffice on the server (Debian: apt-get install libreoffice-writer-nogui); DOCX is available', 503);
      }
      throw new DomainError('pdf.failed', `LibreOffice could not convert the document: ${err.message}`, 502);
    });
    return await fs.readFile(path.join(dir, 'document.pdf')).catch(() => {
      throw new DomainError('pdf.failed', 'LibreOffice produced no PDF', 502);
    });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
