// Starts Swagger UI on /api/v1/swagger from a file, so the page runs under a
// Content-Security-Policy without inline script (issue 21).
window.addEventListener("load", function () {
  "use strict";
  window.ui = SwaggerUIBundle({
    url: new URL("openapi.json", window.location.href).href,
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout",
    showExtensions: true,
    showCommonExtensions: true
  });
});
