package org.xcbir.study;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/** Edmonds–Karp on a small dense graph (the quartile transport network has 10 nodes). */
final class MaxFlow {

    private final int[][] capacity;
    private final int[][] flow;

    MaxFlow(int nodes) {
        capacity = new int[nodes][nodes];
        flow = new int[nodes][nodes];
    }

    void addEdge(int from, int to, int edgeCapacity) {
        capacity[from][to] = edgeCapacity;
    }

    int flowOn(int from, int to) {
        return flow[from][to];
    }

    int maximise(int source, int sink) {
        int total = 0;
        int[] parent = new int[capacity.length];
        while (augmentingPath(source, sink, parent)) {
            int bottleneck = Integer.MAX_VALUE;
            for (int v = sink; v != source; v = parent[v]) {
                bottleneck = Math.min(bottleneck, residual(parent[v], v));
            }
            for (int v = sink; v != source; v = parent[v]) {
                flow[parent[v]][v] += bottleneck;
                flow[v][parent[v]] -= bottleneck;
            }
            total += bottleneck;
        }
        return total;
    }

    private int residual(int from, int to) {
        return capacity[from][to] - flow[from][to];
    }

    private boolean augmentingPath(int source, int sink, int[] parent) {
        Arrays.fill(parent, -1);
        parent[source] = source;
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(source);
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int v = 0; v < capacity.length; v++) {
                if (parent[v] == -1 && residual(u, v) > 0) {
                    parent[v] = u;
                    if (v == sink) {
                        return true;
                    }
                    queue.add(v);
                }
            }
        }
        return false;
    }
}
