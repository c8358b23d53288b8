/**
 * The text of a .docx as a reader would find it: the package is unzipped with
 * fflate, word/document.xml is read paragraph by paragraph, and each
 * paragraph's runs are joined and their XML entities decoded.
 */
import { strFromU8, unzipSync } from 'fflate';
import { decodeXML } from 'entities';

export function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = unzipSync(bytes)['word/document.xml'];
  if (!xml) throw new Error('the package has no word/document.xml');
  return [...strFromU8(xml).matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((paragraph) =>
    decodeXML([...paragraph[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((run) => run[1] ?? '').join('')),
  );
}
