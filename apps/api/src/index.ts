export { schema } from "./schema/index.ts";
export { startApiServer, queryLimits, type RunningApiServer } from "./server/startApiServer.ts";
export { apiConfigFromEnv, type ApiConfig } from "./server/apiConfig.ts";
export { createApiToken, revokeApiToken } from "./auth/apiTokens.ts";
