import { NavLink, Outlet, createBrowserRouter, useSearchParams } from "react-router";
import { AreaChooser } from "./area/AreaChooser.tsx";
import { AREA_PARAM } from "./area/useArea.ts";

/**
 * Every page, in the order the navigation lists them. Each is its own chunk, loaded when first
 * visited; the router is built from this list, so a page cannot be listed without a route.
 */
const pages = [
  {
    path: "/",
    label: "Overview",
    load: async () => (await import("./routes/OverviewPage.tsx")).OverviewPage,
  },
  {
    path: "/compare",
    label: "How we compare",
    load: async () => (await import("./routes/ComparePage.tsx")).ComparePage,
  },
  {
    path: "/uasc",
    label: "Unaccompanied asylum-seeking children",
    load: async () => (await import("./routes/UascPage.tsx")).UascPage,
  },
  {
    path: "/children-looked-after",
    label: "Children looked after",
    load: async () => (await import("./routes/ChildrenLookedAfterPage.tsx")).ChildrenLookedAfterPage,
  },
  {
    path: "/front-door",
    label: "Front door and child protection",
    load: async () => (await import("./routes/FrontDoorPage.tsx")).FrontDoorPage,
  },
  {
    path: "/workforce",
    label: "Workforce and fostering",
    load: async () => (await import("./routes/WorkforcePage.tsx")).WorkforcePage,
  },
  {
    path: "/explore",
    label: "Explore",
    load: async () => (await import("./routes/ExplorePage.tsx")).ExplorePage,
  },
  {
    path: "/sources",
    label: "Sources",
    load: async () => (await import("./routes/SourcesPage.tsx")).SourcesPage,
  },
  {
    path: "/data-quality",
    label: "Data quality",
    load: async () => (await import("./routes/DataQualityPage.tsx")).DataQualityPage,
  },
  {
    path: "/import",
    label: "Import figures",
    load: async () => (await import("./routes/ImportPage.tsx")).ImportPage,
  },
  {
    path: "/check-paper",
    label: "Check a paper",
    load: async () => (await import("./routes/CheckPaperPage.tsx")).CheckPaperPage,
  },
  {
    path: "/report",
    label: "Report",
    load: async () => (await import("./routes/ReportPage.tsx")).ReportPage,
  },
];

function Layout() {
  const [params] = useSearchParams();
  // Every page is about the chosen council: moving between pages keeps it.
  const area = params.get(AREA_PARAM);
  const search = area ? `?${new URLSearchParams({ [AREA_PARAM]: area }).toString()}` : "";
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the figures
      </a>
      <header className="site-header">
        <p className="site-name">CSC Insight</p>
        <AreaChooser />
        <nav aria-label="Pages">
          <ul>
            {pages.map((page) => (
              <li key={page.path}>
                <NavLink to={{ pathname: page.path, search }} end={page.path === "/"}>
                  {page.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Figures are shown as their sources published them. Symbols: c suppressed, x not available, z not
          applicable, low rounds to zero.
        </p>
      </footer>
    </>
  );
}

export const router = createBrowserRouter([
  {
    element: <Layout />,
    HydrateFallback: () => <p role="status">Loading the page…</p>,
    children: pages.map((page) => ({
      path: page.path,
      lazy: async () => ({ Component: await page.load() }),
    })),
  },
]);
