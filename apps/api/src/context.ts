import type { PrismaClient, Visibility } from "@csc/db";
import { visibilityOf, type Viewer } from "./auth/viewer.ts";

export interface ApiContext {
  readonly prisma: PrismaClient;
  readonly viewer: Viewer;
  readonly visibility: Visibility;
  /** Whether anonymous callers may read published figures (CSC_ANONYMOUS_READ). */
  readonly anonymousRead: boolean;
}

export function createContext(prisma: PrismaClient, viewer: Viewer, anonymousRead: boolean): ApiContext {
  return { prisma, viewer, visibility: visibilityOf(viewer), anonymousRead };
}
