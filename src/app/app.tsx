import { BrowserRouter, Route, Routes } from 'react-router';
import { Shell } from './shell.tsx';
import { ViewProvider } from '../view/view-provider.tsx';

// Every view lives in the query string of the page itself, so the app needs no rewrite rules
// on a static host: any path that serves index.html (the root, a sub-path, /index.html) works.
// useTransitions={false}: the router applies a URL change in the same commit as the keystroke
// that made it, not in a transition after the next frame (the view layer already shows the new
// state at once; a transition only added a second, late commit to every keystroke).
export function App() {
  return (
    <BrowserRouter useTransitions={false}>
      <Routes>
        <Route
          path="*"
          element={
            <ViewProvider>
              <Shell />
            </ViewProvider>
          }
        />
      </Routes>
    </BrowserRouter>
  );
}
