/**
 * Okabe–Ito colours that stay distinct with the common colour-vision deficiencies, limited to
 * those with at least 3:1 contrast against the white page (WCAG 2.2, non-text contrast).
 */
export const seriesColours = ["#0072B2", "#D55E00", "#007A5E", "#AA4499", "#4B4B4B", "#6B4C00"] as const;

export function seriesColour(index: number): string {
  return seriesColours[index % seriesColours.length] ?? "#0072B2";
}
