/**
 * Where the add-in is served. The manifest in the repository points at the development server;
 * the production build rewrites the development origin to the production one (toProduction).
 * Change the host here only.
 */
const URL_DEV = "https://localhost:3000/";
const URL_PROD = "https://quarterdeck.example.com/";

/** Rewrites every development URL (and bare origin, as in AppDomain) in a text to production. */
function toProduction(text) {
  return String(text).split(URL_DEV.replace(/\/$/, "")).join(URL_PROD.replace(/\/$/, ""));
}

module.exports = { URL_DEV, URL_PROD, toProduction };
