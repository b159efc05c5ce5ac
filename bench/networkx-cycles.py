"""Peer for `npm run bench`: networkx simple_cycles on the graph read from stdin (JSON {nodes, links, limit}).
Prints JSON {count, complete, seconds}; the time covers only the enumeration."""
import itertools, json, sys, time
import networkx as nx

spec = json.load(sys.stdin)
graph = nx.DiGraph()
graph.add_nodes_from(spec["nodes"])
graph.add_edges_from((link["from"], link["to"]) for link in spec["links"])
limit = spec.get("limit")
start = time.perf_counter()
count = 0
for _ in itertools.islice(nx.simple_cycles(graph), limit):
    count += 1
seconds = time.perf_counter() - start
print(json.dumps({"count": count, "complete": limit is None or count < limit, "seconds": seconds, "version": nx.__version__}))
