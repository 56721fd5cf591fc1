// Kasten: draws mermaid diagrams with the bundled Mermaid (no network, strict security level).
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'dark' });
mermaid.run({ querySelector: 'pre.mermaid' }).catch(function () { /* the source stays visible */ });
