import type { ReactElement } from "react";
import type { ErrorLike } from "@apollo/client";
import { PanelError, PanelLoading } from "./PanelStates.tsx";

interface QueryResultLike<TData> {
  readonly data: TData | undefined;
  readonly previousData?: TData | undefined;
  readonly loading: boolean;
  readonly error?: ErrorLike | undefined;
  refetch(): Promise<unknown>;
}

/**
 * What a panel shows for its query: the figures, or its loading or error state. While new choices
 * load, the figures already on screen stay, rather than flashing "Loading".
 */
export function panelQueryState<TData>(
  title: string,
  result: QueryResultLike<TData>,
): { data: TData | undefined; status: ReactElement | null } {
  const data = result.data ?? result.previousData;
  if (result.loading && !data) return { data, status: <PanelLoading title={title} /> };
  if (result.error) {
    return {
      data,
      status: <PanelError title={title} error={result.error} retry={() => void result.refetch()} />,
    };
  }
  return { data, status: null };
}
