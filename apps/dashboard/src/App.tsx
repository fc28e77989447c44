import type { ComponentType } from "react";
import { NavLink, Outlet, createBrowserRouter, useSearchParams } from "react-router";
import { AreaChooser } from "./area/AreaChooser.tsx";
import { AREA_PARAM } from "./area/useArea.ts";
import { pageModules } from "./pageModules.ts";

/** Each page is its own chunk, loaded when first visited. */
const pageLoaders = import.meta.glob<Record<string, ComponentType | undefined>>("./routes/*Page.tsx");

async function loadPage(module: string): Promise<ComponentType> {
  const load = pageLoaders[`./routes/${module}.tsx`];
  const Component = load ? (await load())[module] : undefined;
  if (!Component) throw new Error(`The page ${module} is not in src/routes.`);
  return Component;
}

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
            {pageModules.map((page) => (
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
    children: pageModules.map((page) => ({
      path: page.path,
      lazy: async () => ({ Component: await loadPage(page.module) }),
    })),
  },
]);
