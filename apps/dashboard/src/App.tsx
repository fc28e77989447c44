import { NavLink, Outlet, createBrowserRouter } from "react-router";

const pages = [
  { path: "/", label: "Overview" },
  { path: "/uasc", label: "Unaccompanied asylum-seeking children" },
  { path: "/children-looked-after", label: "Children looked after" },
  { path: "/front-door", label: "Front door and child protection" },
  { path: "/workforce", label: "Workforce and fostering" },
  { path: "/explore", label: "Explore" },
  { path: "/sources", label: "Sources" },
] as const;

function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the figures
      </a>
      <header className="site-header">
        <p className="site-name">CSC Insight</p>
        <nav aria-label="Pages">
          <ul>
            {pages.map((page) => (
              <li key={page.path}>
                <NavLink to={page.path} end={page.path === "/"}>
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

/** Each page is its own chunk, loaded when first visited. */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    HydrateFallback: () => <p role="status">Loading the page…</p>,
    children: [
      {
        path: "/",
        lazy: async () => ({ Component: (await import("./routes/OverviewPage.tsx")).OverviewPage }),
      },
      { path: "/uasc", lazy: async () => ({ Component: (await import("./routes/UascPage.tsx")).UascPage }) },
      {
        path: "/children-looked-after",
        lazy: async () => ({
          Component: (await import("./routes/ChildrenLookedAfterPage.tsx")).ChildrenLookedAfterPage,
        }),
      },
      {
        path: "/front-door",
        lazy: async () => ({ Component: (await import("./routes/FrontDoorPage.tsx")).FrontDoorPage }),
      },
      {
        path: "/workforce",
        lazy: async () => ({ Component: (await import("./routes/WorkforcePage.tsx")).WorkforcePage }),
      },
      {
        path: "/explore",
        lazy: async () => ({ Component: (await import("./routes/ExplorePage.tsx")).ExplorePage }),
      },
      {
        path: "/sources",
        lazy: async () => ({ Component: (await import("./routes/SourcesPage.tsx")).SourcesPage }),
      },
    ],
  },
]);
