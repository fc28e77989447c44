import type { Area } from "./area.ts";
import { jointCodeOf } from "./jointReturns.ts";
import { referenceAreas } from "./referenceAreas.ts";

/** Looks areas up the ways files name them: by code (current or former), joint code or DfE number. */
export class AreaRegister {
  private readonly byCode = new Map<string, Area>();
  private readonly byNumber = new Map<number, Area>();

  constructor(areas: readonly Area[] = referenceAreas) {
    for (const area of areas) {
      this.byCode.set(area.code, area);
      for (const former of area.formerCodes ?? []) this.byCode.set(former, area);
      if (area.laNumber !== undefined) this.byNumber.set(area.laNumber, area);
    }
  }

  /** The area a code denotes; a joint code ("E06000061 / E06000062") in any order or spacing. */
  byGssCode(code: string): Area | undefined {
    const parts = code.split("/").map((part) => part.trim());
    if (parts.length === 1) return this.byCode.get(parts[0] ?? "");
    const members = parts.map((part) => this.byCode.get(part)?.code ?? part);
    return this.byCode.get(jointCodeOf(members));
  }

  /** The council a DfE number denotes, or a joint return's numbers ("940 / 941"). */
  byLaNumber(text: string): Area | undefined {
    const parts = text.split("/").map((part) => Number(part.trim()));
    if (parts.some((n) => !Number.isInteger(n) || n <= 0)) return undefined;
    if (parts.length === 1) return this.byNumber.get(parts[0] ?? 0);
    const members = parts.map((n) => this.byNumber.get(n)?.code);
    if (members.some((code) => code === undefined)) return undefined;
    return this.byCode.get(jointCodeOf(members as string[]));
  }

  get(code: string): Area | undefined {
    return this.byCode.get(code);
  }
}

/** The register of every area the platform holds. */
export const areaRegister = new AreaRegister();
