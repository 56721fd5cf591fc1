// Kasten: typesets every .math element with the bundled KaTeX (no network).
(function () {
  var nodes = document.querySelectorAll('.math');
  for (var i = 0; i < nodes.length; i++) {
    var el = nodes[i];
    try {
      katex.render(el.textContent, el, {
        displayMode: el.classList.contains('math-display'),
        throwOnError: false, trust: false, strict: 'ignore', maxExpand: 1000
      });
    } catch (e) {
      el.classList.add('math-error');
    }
  }
})();
