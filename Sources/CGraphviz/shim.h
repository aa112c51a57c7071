#ifndef NEWSGRAPH_CGRAPHVIZ_SHIM_H
#define NEWSGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

/* Swift cannot import cgraph's function-like macros or its mutable global graph
   descriptors safely, so these inline wrappers expose exactly what the Swift side needs. */

/** A new, empty, non-strict directed root graph. */
static inline Agraph_t *ng_open_directed(char *name) {
    return agopen(name, Agdirected, NULL);
}

/** The node an edge leaves. */
static inline Agnode_t *ng_tail(Agedge_t *e) { return agtail(e); }

/** The node an edge enters. */
static inline Agnode_t *ng_head(Agedge_t *e) { return aghead(e); }

/** The creation sequence number of a node, edge or graph. */
static inline unsigned long ng_seq(void *obj) { return (unsigned long)AGSEQ(obj); }

/** Resets cgraph's DOT lexer (flex prefix "aag"): frees its buffer, which may still hold
    text after the graph just read, and returns it to its initial start condition, which a
    parse that stopped inside a quoted string, comment or HTML string leaves behind. Exported
    by libcgraph 2.42/2.43 but not declared in its headers. */
extern int aaglex_destroy(void);

#endif
