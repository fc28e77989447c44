// negotiator 0.6.4, the version the compression middleware negotiates with, carries no types and
// @types/negotiator leaves out the preferred order its `encoding` takes: only what the API uses.
// test/tsconfig.json includes this folder too, since the end-to-end tests compile the API.
declare module "negotiator" {
  import type { IncomingMessage } from "node:http";

  export default class Negotiator {
    constructor(request: Pick<IncomingMessage, "headers">);
    /** The client's most preferred of `available`, ties going to the earliest in `preferred`. */
    encoding(available: readonly string[], preferred?: readonly string[]): string | undefined;
  }
}
