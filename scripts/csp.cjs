/**
 * The content security policy of the add-in's pages (task pane, ribbon command page, worksheet functions page),
 * written into each page as <meta http-equiv="Content-Security-Policy"> by webpack.config.js.
 *
 * - Scripts: the add-in's own files ('self') and Microsoft's Office.js CDN, which serves office.js, the
 *   host-specific scripts office.js loads after it, and the custom functions runtime. No inline script, no eval
 *   (the development build uses a separate source map, not webpack's eval-* devtools).
 * - Styles: 'self' and 'unsafe-inline'. Fluent UI v9 styles through Griffel, which inserts <style> elements at run
 *   time, and FluentProvider writes the theme's CSS variables into a <style> element; React sets style attributes.
 *   Griffel could stamp a nonce on its elements (createDOMRenderer's styleElementAttributes), but a nonce in a
 *   static page is the same on every load, so it would protect nothing more than 'unsafe-inline' while breaking
 *   FluentProvider's own theme element, which takes no nonce. Inline styles cannot run code.
 * - Connections: 'self' only (the preview's sample workbook); in development the dev server's live-reload
 *   websocket as well.
 * - No plugins (object-src 'none'), base-uri 'self', forms post nowhere.
 * - frame-ancestors is ignored in a <meta> policy: browsers honour it only as an HTTP header. Office embeds the
 *   pane in frames of several Microsoft origins, so if the production host sets it, it must list those.
 */

const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/**
 * @param {{ devServerPort?: number | null }} [options] devServerPort: the dev server's port when the page is
 *   served by `webpack serve` (its client reconnects through a websocket); null for built files.
 * @returns {string} the policy, directives separated by "; "
 */
function contentSecurityPolicy(options = {}) {
  const port = options.devServerPort;
  const devSockets = port ? [`ws://localhost:${port}`, `wss://localhost:${port}`] : [];
  const directives = [
    ["default-src", "'self'"],
    ["script-src", "'self'", OFFICE_JS_ORIGIN],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...devSockets],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'none'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

module.exports = { contentSecurityPolicy, OFFICE_JS_ORIGIN };
