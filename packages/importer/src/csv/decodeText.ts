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
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}
