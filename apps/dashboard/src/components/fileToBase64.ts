/** A file's bytes as base64, so that a Windows-1252 file reaches the importer byte for byte. */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === "string" ? reader.result : "";
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error(`${file.name} could not be read.`));
    };
    reader.readAsDataURL(file);
  });
}
