import iconv from "iconv-lite";

export interface DecodedText {
  text: string;
  encoding: "utf-8" | "windows-1252";
}

/**
 * Official statistics files come as UTF-8 with or without a byte-order mark, or as Windows-1252
 * (saved from Excel). Bytes that are not valid UTF-8 can only be the latter.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    return {
      text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes),
      encoding: "utf-8",
    };
  } catch {
    // Not TextDecoder: Node 20's reads windows-1252 as Latin-1, so "–", "’" and "€" (0x96, 0x92,
    // 0x80) would come out as control characters.
    return { text: iconv.decode(Buffer.from(bytes), "windows-1252"), encoding: "windows-1252" };
  }
}
