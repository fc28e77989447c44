import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { RawQuery } from "@csc/db";
import type { DashboardRequest } from "./dashboardRequests.ts";

export interface BaselineServer {
  /** The address answering the request at `index` of the list given. */
  urlOf(index: number): string;
  close(): Promise<void>;
}

/**
 * A bare node:http server answering each dashboard request from its hand-written SQL through the
 * raw driver: what the API is measured against.
 */
export async function startBaselineServer(
  requests: readonly DashboardRequest[],
  run: RawQuery,
): Promise<BaselineServer> {
  const server: Server = createServer((request, response) => {
    const index = Number((request.url ?? "").slice(1));
    const answering = requests[index];
    if (!answering) {
      response.writeHead(404).end();
      return;
    }
    answering.baseline(run).then(
      (data) => {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ data }));
      },
      (error: unknown) => {
        console.error(error);
        response.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urlOf: (index) => `http://127.0.0.1:${String(port)}/${String(index)}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
