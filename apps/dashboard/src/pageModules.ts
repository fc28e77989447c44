/**
 * Every page, in the order the navigation lists them, and the module under src/routes that draws
 * it (exporting a component of the same name). Plain data, so that the build can also read it:
 * vite.config.ts lists each page's scripts for the server to preload with the page.
 */
export const pageModules = [
  { path: "/", label: "Overview", module: "OverviewPage" },
  { path: "/compare", label: "How we compare", module: "ComparePage" },
  { path: "/uasc", label: "Unaccompanied asylum-seeking children", module: "UascPage" },
  { path: "/children-looked-after", label: "Children looked after", module: "ChildrenLookedAfterPage" },
  { path: "/front-door", label: "Front door and child protection", module: "FrontDoorPage" },
  { path: "/workforce", label: "Workforce and fostering", module: "WorkforcePage" },
  { path: "/explore", label: "Explore", module: "ExplorePage" },
  { path: "/sources", label: "Sources", module: "SourcesPage" },
  { path: "/data-quality", label: "Data quality", module: "DataQualityPage" },
  { path: "/import", label: "Import figures", module: "ImportPage" },
  { path: "/check-paper", label: "Check a paper", module: "CheckPaperPage" },
  { path: "/report", label: "Report", module: "ReportPage" },
] as const;

/** Where a page's module is, from the dashboard's folder. */
export const pageModuleFile = (module: string) => `src/routes/${module}.tsx`;
