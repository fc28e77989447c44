import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@csc/db";
import type { Role, Viewer } from "./viewer.ts";

const PREFIX = "csc_";

/** Tokens are 256 random bits, so a fast hash is enough: there is nothing to guess. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface CreatedToken {
  readonly id: number;
  readonly name: string;
  readonly role: Role;
  /** The only time the token is available: it is not stored. */
  readonly token: string;
}

export async function createApiToken(prisma: PrismaClient, name: string, role: Role): Promise<CreatedToken> {
  if (!name.trim()) throw new Error("A token needs a name that says who or what uses it.");
  const token = PREFIX + randomBytes(32).toString("base64url");
  const record = await prisma.apiToken.create({
    data: { name: name.trim(), role, tokenHash: hashToken(token) },
  });
  return { id: record.id, name: record.name, role, token };
}

/** Revokes the active tokens with this id or name; returns how many. */
export async function revokeApiToken(prisma: PrismaClient, idOrName: string): Promise<number> {
  const where = /^\d+$/.test(idOrName) ? { id: Number(idOrName) } : { name: idOrName };
  const result = await prisma.apiToken.updateMany({
    where: { ...where, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return result.count;
}

export class AuthenticationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AuthenticationError";
  }
}

/**
 * Reads `Authorization: Bearer <token>`. No header is an anonymous viewer; a header with a token
 * that is unknown or revoked is refused, rather than quietly treated as anonymous.
 */
export async function authenticate(prisma: PrismaClient, authorization: string | undefined): Promise<Viewer> {
  if (!authorization) return { role: null, tokenName: null };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match?.[1]) throw new AuthenticationError('The Authorization header must be "Bearer <token>".');
  const record = await prisma.apiToken.findUnique({ where: { tokenHash: hashToken(match[1]) } });
  if (!record || record.revokedAt)
    throw new AuthenticationError("The API token is not valid or has been revoked.");
  // Hourly is precise enough to tell an admin which tokens are still in use, without a write per request.
  if (!record.lastUsedAt || Date.now() - record.lastUsedAt.getTime() > 3_600_000) {
    await prisma.apiToken.update({ where: { id: record.id }, data: { lastUsedAt: new Date() } });
  }
  return { role: record.role, tokenName: record.name };
}
