// Kasten: highlights fenced code with the bundled highlight.js (no network).
(function () {
  hljs.configure({ ignoreUnescapedHTML: true });
  var blocks = document.querySelectorAll('pre code[class*="language-"]');
  for (var i = 0; i < blocks.length; i++) {
    try { hljs.highlightElement(blocks[i]); } catch (e) { /* unknown language: leave plain */ }
  }
})();
