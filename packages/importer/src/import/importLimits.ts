const DEFAULT_MAX_MB = 25;

/**
 * The largest file the importer takes, in bytes: 25 MB unless CSC_MAX_IMPORT_MB says otherwise.
 * The largest DfE local-authority tables are a few megabytes; a bigger file is far more likely to
 * be the wrong file than a table, and reading it holds all of it in memory at once.
 */
export function maxImportBytes(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.CSC_MAX_IMPORT_MB;
  const megabytes = text === undefined || text === "" ? DEFAULT_MAX_MB : Number(text);
  if (!Number.isFinite(megabytes) || megabytes <= 0)
    throw new Error(`CSC_MAX_IMPORT_MB must be a number of megabytes; got "${text ?? ""}".`);
  return Math.round(megabytes * 1024 * 1024);
}
