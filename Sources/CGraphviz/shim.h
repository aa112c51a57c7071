#ifndef NEWSGRAPH_CGRAPHVIZ_SHIM_H
#define NEWSGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#endif
