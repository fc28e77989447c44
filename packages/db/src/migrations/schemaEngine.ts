import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { projectPaths } from "../projectPaths.ts";

export type { SchemaEngine };

/**
 * Node 20 runs WebAssembly, but neither @types/node 20 nor the ES lib declare it (only lib.dom
 * does): a typed view of the few members the loader uses, rather than a global declaration that
 * would clash with lib.dom in packages that include it.
 */
const webAssembly = (
  globalThis as unknown as {
    WebAssembly: {
      Module: new (bytes: Uint8Array) => object;
      Instance: new (
        module: object,
        imports: Record<string, unknown>,
      ) => { exports: Record<string, unknown> };
    };
  }
).WebAssembly;

type Glue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let gluePromise: Promise<Glue> | undefined;

/**
 * The Prisma CLI's migrate commands need a native engine downloaded from Prisma's servers, which
 * councils' servers and this project's machines cannot reach; the WebAssembly build of the same
 * engine ships in an npm package and runs through a driver adapter instead.
 */
function loadGlue(): Promise<Glue> {
  gluePromise ??= (async () => {
    const glue: Glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmBytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const module = new webAssembly.Module(wasmBytes);
    const instance = new webAssembly.Instance(module, { "./schema_engine_bg.js": glue });
    const exports = instance.exports as { __wbindgen_start(): void };
    glue.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return glue;
  })();
  return gluePromise;
}

export async function readSchemaFile(
  schemaPath = projectPaths.schema,
): Promise<{ path: string; content: string }> {
  return { path: schemaPath, content: await readFile(schemaPath, "utf8") };
}

/** Runs `work` with a schema engine bound to the given database, and frees the engine afterwards. */
export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: SchemaEngine) => Promise<T>,
  schemaPath = projectPaths.schema,
): Promise<T> {
  const glue = await loadGlue();
  const schema = await readSchemaFile(schemaPath);
  const engine = await glue.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}
