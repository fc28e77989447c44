import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import compression from "compression";
import expressStaticGzip from "express-static-gzip";
import express from "express";
import { GraphQLError } from "graphql";
import type { PrismaClient } from "@csc/db";
import { maxImportBytes } from "@csc/importer";
import { AuthenticationError, authenticate } from "../auth/apiTokens.ts";
import type { Viewer } from "../auth/viewer.ts";
import { createContext, type ApiContext } from "../context.ts";
import { schema } from "../schema/index.ts";
import type { ApiConfig } from "./apiConfig.ts";
import { answerCachePlugins, answerStoreOf } from "./answerCache.ts";
import { brotliOptions } from "./answerCompression.ts";
import { compressedKeptAnswers } from "./compressedKeptAnswers.ts";
import { answerText } from "./answerText.ts";
import { buildLimitPlugin } from "./buildLimit.ts";
import { cacheHeadersPlugin } from "./cacheHeaders.ts";
import { dashboardPageHtml } from "./dashboardPage.ts";
import { errorLoggingPlugin, requestIdOf, requestLogging } from "./requestLogging.ts";
import { rateLimitPerClient } from "./rateLimit.ts";
import { responseSizeLimitPlugin } from "./responseSizeLimit.ts";
import { formatErrorFor, internalErrorMessage } from "./formatError.ts";
import { LANDING_PAGE_STYLE, landingPageHtml } from "./landingPage.ts";
import { pagePolicyWithStyle, securityHeaders } from "./securityHeaders.ts";

/**
 * Limits a dashboard-sized query stays well inside; see docs/api.md. What a query may cost is
 * counted by the schema itself (schema/queryCost.ts), where list fields know their sizes.
 */
export const queryLimits = {
  maxDepth: 12,
  maxAliases: 20,
  maxTokens: 5_000,
  maxDirectives: 20,
  bodyBytes: 100_000,
} as const;

export interface RunningApiServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Starts the HTTP server: GraphQL at /graphql, /healthz and /readyz for the platform that runs it,
 * and the dashboard's static build at / when there is one.
 */
export async function startApiServer(prisma: PrismaClient, config: ApiConfig): Promise<RunningApiServer> {
  const app = express();
  app.disable("x-powered-by");
  app.use(securityHeaders);
  app.use(requestLogging(config.logger));
  // The dashboard's scripts and the API's JSON shrink to a fifth or less: Brotli where the
  // browser takes it, else gzip.
  app.use(compression({ brotli: brotliOptions }));
  const httpServer = createServer(app);

  const armor = new ApolloArmor({
    maxDepth: { n: queryLimits.maxDepth },
    maxAliases: { n: queryLimits.maxAliases },
    maxDirectives: { n: queryLimits.maxDirectives },
    // Costs are the schema's own (plugin-complexity); tokens are counted by graphql-js's parser
    // below, whose refusal is a parse error (400) rather than an exception in a plugin (500).
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    // Suggestions ("Did you mean …?") describe the schema, which production does not publish.
    blockFieldSuggestion: { enabled: config.environment === "production" },
  });
  const protection = armor.protect();
  const keptAnswers = answerStoreOf(config.answerCacheBytes);
  const apollo = new ApolloServer<ApiContext>({
    schema,
    introspection: config.environment === "development",
    includeStacktraceInErrorResponses: config.environment === "development",
    allowBatchedHttpRequests: false,
    // The process stops itself on SIGINT and SIGTERM, in order (main.ts: the command socket, this
    // server, then the database). Apollo's own handler would stop only Apollo and then raise the
    // signal again, which ended the process with status 1 before the database was closed.
    stopOnTerminationSignals: false,
    // Apollo indents its answers by default: a tenth more bytes to send and to stringify. The
    // size limit has already written most answers out; answerText reuses that text.
    stringifyResult: answerText,
    parseOptions: { maxTokens: queryLimits.maxTokens },
    formatError: formatErrorFor(config.environment),
    validationRules: protection.validationRules,
    plugins: [
      ...protection.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      errorLoggingPlugin(config.logger),
      responseSizeLimitPlugin(config.maxResponseBytes),
      cacheHeadersPlugin(config.publicMaxAge),
      // After the size limit, so an answer it refuses is not kept.
      ...answerCachePlugins(keptAnswers),
      buildLimitPlugin(config.answersBuiltAtOnce),
    ],
  });
  await apollo.start();

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      await prisma.$queryRaw`SELECT 1`;
      res.json({ status: "ready" });
    } catch {
      res.status(503).json({ status: "database unreachable" });
    }
  });

  app.get("/graphql", (req, res, next) => {
    const wantsPage = req.accepts(["application/json", "text/html"]) === "text/html";
    if (wantsPage && req.query.query === undefined && req.query.extensions === undefined) {
      res.setHeader("content-security-policy", pagePolicyWithStyle(LANDING_PAGE_STYLE));
      res.type("html").send(landingPageHtml(config.environment === "development"));
      return;
    }
    next();
  });
  // Authors upload files (base64 in the importFiles mutation), so their bodies may be larger;
  // the token is checked before the body is read, so nobody else can send a large one.
  const uploadBodyBytes = Math.ceil((maxImportBytes() * 4) / 3) + queryLimits.bodyBytes;
  const queryJson: express.RequestHandler = express.json({ limit: queryLimits.bodyBytes });
  const uploadJson: express.RequestHandler = express.json({ limit: uploadBodyBytes });
  if (config.trustProxy !== false) app.set("trust proxy", config.trustProxy);
  app.use(
    "/graphql",
    rateLimitPerClient(config.rateLimitPerMinute),
    ...(keptAnswers ? [compressedKeptAnswers(keptAnswers)] : []),
    async (req, res, next) => {
      try {
        const viewer = await authenticate(prisma, req.headers.authorization);
        res.locals.viewer = viewer;
        const json = viewer.role === "author" || viewer.role === "admin" ? uploadJson : queryJson;
        json(req, res, next);
      } catch (error) {
        if (!(error instanceof AuthenticationError)) {
          next(error);
          return;
        }
        res.locals.authenticationError = error;
        queryJson(req, res, next);
      }
    },
    expressMiddleware(apollo, {
      context: ({ req, res }) => {
        const locals = res.locals as { viewer?: Viewer; authenticationError?: AuthenticationError };
        if (locals.authenticationError || !locals.viewer) {
          return Promise.reject(
            new GraphQLError(locals.authenticationError?.message ?? "Not authenticated.", {
              extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
            }),
          );
        }
        return Promise.resolve(createContext(prisma, locals.viewer, config, requestIdOf(req)));
      },
    }),
  );

  if (config.dashboardDirectory) {
    const dashboard = config.dashboardDirectory;
    // Source maps give away the source; developers have them from their own build.
    if (config.environment === "production")
      app.use((req, res, next) => {
        if (req.path.endsWith(".map")) res.status(404).end();
        else next();
      });
    app.use(
      // The build writes each script's Brotli and gzip forms beside it (vite.config.ts); they are
      // sent as they are, and the compression middleware above leaves them alone.
      expressStaticGzip(dashboard, {
        enableBrotli: true,
        orderPreference: ["br"],
        index: false,
        serveStatic: {
          index: false,
          // Built files have content hashes in their names, so they never change.
          setHeaders: (res, file) => {
            res.setHeader(
              "cache-control",
              /[\\/]assets[\\/]/.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
            );
          },
        },
      }),
    );
    // Every other page address belongs to the dashboard's router. index.html names the current
    // build's files, so it is checked with the server every time.
    app.get(/^\/(?!graphql|healthz|readyz).*/, async (req, res) => {
      res.setHeader("cache-control", "no-cache");
      res.type("html").send(await dashboardPageHtml(dashboard, req.path));
    });
  }

  // Too large a body, or JSON that does not parse, is the caller's mistake: say so plainly.
  app.use(
    (
      error: Error & { status?: number; type?: string },
      _req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (error.type === "entity.too.large") {
        res.status(413).json({
          errors: [
            {
              message: `The request body is larger than this server accepts: ${String(queryLimits.bodyBytes)} bytes, or for authors importing files ${String(uploadBodyBytes)} bytes.`,
              extensions: { code: "BAD_REQUEST" },
            },
          ],
        });
        return;
      }
      if (error.type === "entity.parse.failed") {
        res.status(400).json({
          errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }],
        });
        return;
      }
      next(error);
    },
  );
  // Anything else (the database failing while a token is checked, say) is logged, and the caller
  // told only that it was, and under which id.
  app.use((error: Error, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    req.log.error({ err: error }, "request failed");
    res.status(500).json({
      errors: [
        {
          message: internalErrorMessage(requestIdOf(req)),
          extensions: { code: "INTERNAL_SERVER_ERROR", requestId: requestIdOf(req) },
        },
      ],
    });
  });

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const address = httpServer.address() as AddressInfo;
  return {
    url: `http://${address.address.includes(":") ? `[${address.address}]` : address.address}:${address.port}`,
    async close() {
      await apollo.stop();
    },
  };
}
