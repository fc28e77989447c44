import type { Area } from "@csc/domain";
import type { Area as AreaRow, Prisma } from "../generated/prisma/client.ts";

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : undefined);
const day = (iso: string | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** The domain's view of an area row: optional fields left out rather than null. */
export function areaOfRow(row: AreaRow): Area {
  const established = isoDay(row.establishedOn);
  const abolished = isoDay(row.abolishedOn);
  return {
    code: row.code,
    name: row.name,
    level: row.level,
    ...(row.laNumber === null ? {} : { laNumber: row.laNumber }),
    ...(row.parentCode === null ? {} : { parentCode: row.parentCode }),
    ...(row.formerCodes.length ? { formerCodes: row.formerCodes } : {}),
    ...(row.memberCodes.length ? { memberCodes: row.memberCodes } : {}),
    ...(established ? { establishedOn: established } : {}),
    ...(abolished ? { abolishedOn: abolished } : {}),
  };
}

/** The columns an area of the register is stored with. */
export function rowOfArea(area: Area): Omit<Prisma.AreaUncheckedCreateInput, "code"> {
  return {
    name: area.name,
    level: area.level,
    laNumber: area.laNumber ?? null,
    parentCode: area.parentCode ?? null,
    formerCodes: [...(area.formerCodes ?? [])],
    memberCodes: [...(area.memberCodes ?? [])],
    establishedOn: day(area.establishedOn),
    abolishedOn: day(area.abolishedOn),
  };
}
