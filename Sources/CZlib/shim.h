#ifndef PARALLAX_CZLIB_SHIM_H
#define PARALLAX_CZLIB_SHIM_H
#include <zlib.h>

/// `inflateInit2` is a macro, which Swift cannot call.
static inline int parallax_inflateInit2(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}
#endif
