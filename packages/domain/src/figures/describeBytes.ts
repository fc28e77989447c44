/** A size as a person reads it in a message: "812 kB", "25.0 MB". */
export function describeBytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 1 ? `${megabytes.toFixed(1)} MB` : `${String(Math.ceil(bytes / 1024))} kB`;
}
