// Kasten: draws mermaid diagrams with the bundled Mermaid (no network, strict security level). Mermaid is
// 2.6 MB of script, so it is started only after the page has been shown: the text is readable at once and the
// diagrams follow. The library runs as an inline script that the page's Content-Security-Policy allows by its
// hash; its text is in a non-executing element on a page that stands alone (kasten render), else the window
// hands it in (window.kasten.mermaidLibrary()), and starts this again once its bridge is there (kastenMermaid).
(function () {
  var started = false;
  function start() {
    var lib = document.querySelector('script#kasten-mermaid-lib'); // notes cannot contain script elements
    if (started || !lib || window.mermaid) { return; }
    var text = lib.textContent || (window.kasten && window.kasten.mermaidLibrary ? window.kasten.mermaidLibrary() : '');
    if (!text) { return; }
    started = true;
    var script = document.createElement('script');
    script.textContent = text;
    document.head.appendChild(script);
    if (!window.mermaid) { return; }
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: document.documentElement.classList.contains('theme-dark') ? 'dark' : 'default' });
    mermaid.run({ querySelector: 'pre.mermaid' }).catch(function () { /* the source stays visible */ });
  }
  window.kastenMermaid = start;
  window.addEventListener('load', function () { setTimeout(start, 20); });
})();
