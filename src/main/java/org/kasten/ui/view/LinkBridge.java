package org.kasten.ui.view;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.kasten.app.Workspace;

/**
 * The object the page's script calls (as {@code window.kasten}) when a link is clicked or hovered, and for the
 * Mermaid library. It must stay referenced from Java (a field of the page) or WebKit's weak reference lets it be
 * collected.
 */
public final class LinkBridge {

    private final BiConsumer<String, Boolean> click;
    private final Consumer<String> hover;

    LinkBridge(BiConsumer<String, Boolean> click, Consumer<String> hover) {
        this.click = click;
        this.hover = hover;
    }

    /** A link was clicked; {@code newTab} for Ctrl-click or middle-click. */
    public void click(String href, boolean newTab) {
        click.accept(href, newTab);
    }

    /** The pointer entered a link ({@code href}) or left it ({@code null}). */
    public void hover(String href) {
        hover.accept(href);
    }

    /**
     * The Mermaid library, asked for by the page's own script once the page is shown (a page names it without
     * holding it: 2.6 MB less for WebKit to take in before the first paint).
     */
    public String mermaidLibrary() {
        return Workspace.mermaidLibrary();
    }

    /** Starts the page's diagrams if its own script ran before the bridge was there (it waits 20 ms after load). */
    static final String START_DIAGRAMS = "if (window.kastenMermaid) { setTimeout(window.kastenMermaid, 20); }";

    /**
     * Turns line breaks inside running text into spaces. JavaFX's WebKit draws a missing-glyph box for a
     * newline in text with some fonts (DejaVu on Linux); code blocks keep theirs.
     */
    static final String SOFT_BREAKS = """
            (function(){ if(!document.body) return;
              var w=document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, null), n;
              while((n=w.nextNode())){ var v=n.nodeValue; if(v.indexOf('\\n')<0) continue;
                var p=n.parentNode; if(p && p.closest && p.closest('pre,code,textarea,script,style')) continue;
                n.nodeValue=v.replace(/\\n/g,' '); }
            })();
            """;

    /** The script that reports clicks and hovers to {@code window.kasten}; same-page anchors scroll in place. */
    static final String SCRIPT = """
            (function(){
              function link(e){ var n=e.target; while(n && n.tagName!=='A'){ n=n.parentNode; } return n; }
              function go(e, newTab){ var a=link(e); if(!a) return; var h=a.getAttribute('href'); if(!h) return;
                e.preventDefault(); e.stopPropagation();
                if(h.charAt(0)==='#'){ var id=decodeURIComponent(h.substring(1)); var t=document.getElementById(id)
                  || document.querySelector('[name="'+id+'"]'); if(t) t.scrollIntoView(); return; }
                window.kasten.click(h, newTab); }
              document.addEventListener('click', function(e){ if(e.button===0) go(e, e.ctrlKey||e.metaKey); }, true);
              document.addEventListener('auxclick', function(e){ if(e.button===1) go(e, true); }, true);
              document.addEventListener('mouseover', function(e){ var a=link(e); if(a) window.kasten.hover(a.getAttribute('href')); }, true);
              document.addEventListener('mouseout', function(e){ var a=link(e); if(a) window.kasten.hover(null); }, true);
            })();
            """;
}
