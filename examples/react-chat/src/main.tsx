// The page's entry: mounts the app. StrictMode runs every effect twice in development; the
// runwire hooks are made for it (the store is created without side effects, and a second mount
// joins again what the first left).
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";

const root = document.getElementById("root");
if (root === null) throw new Error("the page has no #root");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
