#ifndef NEWSGRAPH_CZLIB_SHIM_H
#define NEWSGRAPH_CZLIB_SHIM_H
#include <zlib.h>

/* inflateInit2 is a macro that Swift cannot import; this wrapper passes zlib's version and
   stream size as the macro would. */
static inline int ng_inflate_init(z_streamp stream, int window_bits) {
    return inflateInit2(stream, window_bits);
}

#endif
