import { BrowserRouter, Route, Routes } from 'react-router';
import { Shell } from './shell.tsx';
import { ViewProvider } from '../view/view-provider.tsx';

// Every view lives in the query string of the page itself, so the app needs no rewrite rules
// on a static host: any path that serves index.html (the root, a sub-path, /index.html) works.
export function App() {
  return (
    <BrowserRouter>
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
