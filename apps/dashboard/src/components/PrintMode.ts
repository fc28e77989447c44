import { createContext, useContext } from "react";

/**
 * In the report view panels show their chart and table together, with sources open, because a
 * printed page has no tabs to click.
 */
export const PrintModeContext = createContext(false);

export function usePrintMode(): boolean {
  return useContext(PrintModeContext);
}
