// Kasten: draws mermaid diagrams with the bundled Mermaid (no network, strict security level). Mermaid is
// 2.6 MB of script, so it is started only after the page has been shown: the text is readable at once and the
// diagrams follow. The library waits in a non-executing element and runs as an inline script that the page's
// Content-Security-Policy allows by its hash.
window.addEventListener('load', function () {
  setTimeout(function () {
    var lib = document.querySelector('script#kasten-mermaid-lib'); // notes cannot contain script elements
    if (!lib || window.mermaid) { return; }
    var script = document.createElement('script');
    script.textContent = lib.textContent;
    document.head.appendChild(script);
    if (!window.mermaid) { return; }
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: document.documentElement.classList.contains('theme-dark') ? 'dark' : 'default' });
    mermaid.run({ querySelector: 'pre.mermaid' }).catch(function () { /* the source stays visible */ });
  }, 20);
});
