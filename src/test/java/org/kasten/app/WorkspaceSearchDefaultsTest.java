package org.kasten.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What {@link Workspace}'s shorter search methods ask of the full ones. */
class WorkspaceSearchDefaultsTest {

    /**
     * A hybrid search asks more word matches than it returns (at least 30) and the blend may move a later one up:
     * the short form, which {@code kasten search} and the related notes rely on, makes every word match's snippet,
     * never only the first {@code limit} (then a hit moved up came back with none).
     */
    @Test
    void theShortHybridSearchAsksEveryWordMatchsSnippet() throws Exception {
        List<Object> asked = new ArrayList<>();
        Workspace ws = (Workspace) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Workspace.class},
                (proxy, method, args) -> {
                    if (method.isDefault()) {
                        return InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    if (method.getName().equals("searchHybrid")) {
                        asked.add(args[3]);
                    }
                    return null;
                });
        ws.searchHybrid("money", 10, false);
        assertThat(asked).containsExactly(Integer.MAX_VALUE);
    }
}
