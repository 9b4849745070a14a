// Reads a PDF that Chromium printed: page count, page size and text (for the print tests).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfSummary {
  pages: number;
  /** Width and height of the first page, in points. */
  size: [number, number];
  /** All text, with every white space removed, so a wrapped id or port still reads whole. */
  compactText: string;
}

export async function readPdf(pdf: Buffer): Promise<PdfSummary> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  const [x0, y0, x1, y1] = (await doc.getPage(1)).view as [number, number, number, number];
  await doc.destroy();
  return {
    pages: doc.numPages,
    size: [Math.round(x1 - x0), Math.round(y1 - y0)],
    compactText: text.replace(/\s+/g, ''),
  };
}

export const compact = (text: string) => text.replace(/\s+/g, '');
