// Turns a CSV file's bytes into text: UTF-8 with or without a byte-order mark, or Windows-1251 (what Russian Excel
// writes) when the bytes are not UTF-8. A file that is partly each is refused rather than half-garbled.
import { ImportFileError } from "./import-problem";

/** Two-byte UTF-8 sequences of Cyrillic letters (Ѐ..ӿ): their presence in invalid UTF-8 means mixed encodings. */
const UTF8_CYRILLIC = /[\xD0-\xD3][\x80-\xBF]/g;

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new ImportFileError("utf16");
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw new ImportFileError("notSpreadsheet");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    const latin1 = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("latin1");
    if ((latin1.match(UTF8_CYRILLIC)?.length ?? 0) >= 3) throw new ImportFileError("mixedEncoding");
    return new TextDecoder("windows-1251").decode(body);
  }
}
