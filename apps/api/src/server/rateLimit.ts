import { createHash } from "node:crypto";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";

/**
 * Requests per minute per client: a token counts as one client wherever it is used from; callers
 * without a token are counted by address. Over the limit, the answer is 429 with a
 * Retry-After header and a GraphQL-shaped error that says when to try again.
 */
export function rateLimitPerClient(perMinute: number) {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    keyGenerator: (req) => {
      const authorization = req.headers.authorization;
      if (authorization) return `token:${createHash("sha256").update(authorization).digest("hex")}`;
      return `address:${ipKeyGenerator(req.ip ?? "unknown")}`;
    },
    handler: (_req, res, _next, options) => {
      res.status(options.statusCode).json({
        errors: [
          {
            message: `Too many requests: at most ${String(perMinute)} a minute from one client. Try again in a minute.`,
            extensions: { code: "TOO_MANY_REQUESTS" },
          },
        ],
      });
    },
  });
}
